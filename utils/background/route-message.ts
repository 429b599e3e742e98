import { browser, type Browser } from 'wxt/browser';
import type { ShopwalkDb } from '../db/database';
import { commandSchema, flagCommandSchema, type CommandReply, type FlagReply } from '../messages';
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
}

/**
 * Whether a message comes from one of the extension's own pages (popup, side panel, dashboard). A content script's
 * sender has the extension's id too, but the URL of the page it runs in, which the page cannot choose.
 */
export function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

type Reply = (reply: unknown) => void;

/** A command from an extension page: the privileged door (start, finish, delete tasks, flag), with a reply. */
function routeCommand(router: Router, message: unknown, sendResponse: Reply, at: number): boolean {
  const flag = flagCommandSchema.safeParse(message);
  if (flag.success) {
    void router
      .db()
      .then((d) => handleFlagCommand(d, router.captures, flag.data))
      .then(sendResponse, (error: unknown) => {
        console.error('Shopwalk: flag command failed', error);
        sendResponse({ ok: false, error: 'invalid-message' } satisfies FlagReply);
      });
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
    .then(sendResponse, (error: unknown) => {
      console.error('Shopwalk: command failed', error);
      sendResponse({ ok: false, error: 'invalid-message' } satisfies CommandReply);
    });
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
