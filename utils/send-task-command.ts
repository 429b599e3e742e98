import { browser } from 'wxt/browser';
import { taskReplySchema, type TaskCommand, type TaskReply } from './messages';

/** Sends a task command to the background from an extension page and checks the shape of its reply. */
export async function sendTaskCommand(command: TaskCommand): Promise<TaskReply> {
  const reply: unknown = await browser.runtime.sendMessage(command);
  const parsed = taskReplySchema.safeParse(reply);
  return parsed.success ? parsed.data : { ok: false, error: 'invalid-message' };
}
