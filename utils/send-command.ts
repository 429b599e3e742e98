import { browser } from 'wxt/browser';
import { commandReplySchema, type Command, type CommandReply } from './messages';

/** Sends a command to the background from an extension page and checks the shape of its reply. */
export async function sendCommand(command: Command): Promise<CommandReply> {
  const reply: unknown = await browser.runtime.sendMessage(command);
  const parsed = commandReplySchema.safeParse(reply);
  return parsed.success ? parsed.data : { ok: false, error: 'invalid-message' };
}
