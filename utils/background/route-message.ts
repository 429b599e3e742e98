import { browser, type Browser } from 'wxt/browser';
import type { ShopwalkDb } from '../db/database';
import { commandSchema, flagCommandSchema, type CommandError, type CommandReply, type FlagError } from '../messages';
import type { StorageFailure } from '../db/storage-failure';
import type { CaptureGate } from '../screenshot/capture-gate';
import { handleCommand } from './handle-command';
import { handleFlagCommand } from './flag-command';
import { handlePageReport } from './journey-listeners';
import { handlePickerReport, isPickerReport } from './flag-pick';

export interface Router {
  db: () => Promise<ShopwalkDb>;
  /** Runs a tab's work after that tab's earlier work (serialQueue). */
  enqueue: (tabId: number, task: () => Promise<unknown>) => Promise<void>;
  captures: CaptureGate;
  /** A command failed: whether because of the store (handleStorageFault), so the reply can say so. */
  onFault: (error: unknown) => Promise<StorageFailure | undefined>;
}

/**
 * Whether a message comes from one of the extension's own pages (popup, side panel, dashboard). A content script's
 * sender has the extension's id too, but the URL of the page it runs in, which the page cannot choose.
 */
export function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

type Reply = (reply: unknown) => void;

/** The reply to a command that threw: the store's failure if it was one (the pages show it), else a bug. */
function replyToFailure(router: Router, sendResponse: Reply, what: string) {
  return async (error: unknown) => {
    console.error(`Shopwalk: ${what} failed`, error);
    const storage = await router.onFault(error).catch(() => undefined);
    // Both kinds of reply know both errors.
    const reason: Extract<FlagError, CommandError> = storage ? 'storage-failed' : 'invalid-message';
    sendResponse({ ok: false, error: reason });
  };
}

/** A command from an extension page: the privileged door (start, finish, delete tasks, flag), with a reply. */
function routeCommand(router: Router, message: unknown, sendResponse: Reply, at: number): boolean {
  const flag = flagCommandSchema.safeParse(message);
  if (flag.success) {
    void router
      .db()
      .then((d) => handleFlagCommand(d, router.captures, flag.data))
      .then(sendResponse, replyToFailure(router, sendResponse, 'flag command'));
    return true;
  }
  const command = commandSchema.safeParse(message);
  if (!command.success) {
    sendResponse({ ok: false, error: 'invalid-message' } satisfies CommandReply);
    return false;
  }
  void router
    .db()
    .then((d) => handleCommand(d, command.data, at))
    .then(sendResponse, replyToFailure(router, sendResponse, 'command'));
  return true; // keeps the channel open for the asynchronous reply
}

/**
 * The background's one `runtime.onMessage` listener. Extension pages may command; everything else is a content
 * script in a page that may be hostile: its message is handled only as a report about its own tab (the sender's,
 * never one named in the message), can only add measurements or a picked element to the audit recording that tab,
 * and gets no reply. A content script's message that looks like a command is treated as a report, and so dropped.
 */
export function routeMessage(router: Router) {
  return (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: Reply): boolean => {
    const at = Date.now();
    if (isExtensionPage(sender)) return routeCommand(router, message, sendResponse, at);
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    if (isPickerReport(message))
      void router.enqueue(tabId, async () =>
        handlePickerReport(await router.db(), router.captures, message, sender, at),
      );
    else void router.enqueue(tabId, async () => handlePageReport(await router.db(), message, sender, at));
    return false;
  };
}
