import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { database, type ShopwalkDb } from '@/utils/db/database';
import { commandSchema, flagCommandSchema, type CommandReply, type FlagReply } from '@/utils/messages';
import { handleCommand } from '@/utils/background/handle-command';
import { handlePageReport, listenToJourneys } from '@/utils/background/journey-listeners';
import { serialQueue } from '@/utils/background/serial-queue';
import { checkTabsOncePerSession } from '@/utils/background/session-start';
import { startFromKeyboard } from '@/utils/background/keyboard-start';
import { toggleTaskFromKeyboard } from '@/utils/background/keyboard-task';
import { createFlagMenu, listenToFlagMenu } from '@/utils/background/context-menu';
import { handleFlagCommand } from '@/utils/background/flag-command';
import { FLAG_COMMAND, flagFromPage } from '@/utils/background/flag-keyboard';
import { handlePickerReport, isPickerReport, listenToLeftPicks } from '@/utils/background/flag-pick';
import { captureGate } from '@/utils/screenshot/capture-gate';

function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

export default defineBackground({
  type: 'module',
  main() {
    // Every listener is registered here, synchronously, before any await: Chrome delivers the event that woke
    // the worker only to listeners that exist when the script's first run ends.
    const ready: Promise<ShopwalkDb> = (async () => {
      const db = database();
      await checkTabsOncePerSession(db);
      return db;
    })();
    ready.catch((error: unknown) => console.error('Shopwalk: could not open the audit database', error));
    const db = () => ready;
    const enqueue = serialQueue<number>();

    listenToJourneys(db, enqueue);
    const captures = captureGate();
    listenToFlagMenu(db, captures);
    listenToLeftPicks();

    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      const at = Date.now();
      if (isExtensionPage(sender)) {
        const flag = flagCommandSchema.safeParse(message);
        if (flag.success) {
          void db()
            .then((d) => handleFlagCommand(d, captures, flag.data))
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
        void db()
          .then((d) => handleCommand(d, command.data, at))
          .then(sendResponse, (error: unknown) => {
            console.error('Shopwalk: command failed', error);
            sendResponse({ ok: false, error: 'invalid-message' } satisfies CommandReply);
          });
        return true; // keeps the channel open for the asynchronous reply
      }
      const tabId = sender.tab?.id;
      if (tabId !== undefined && isPickerReport(message))
        void enqueue(tabId, async () => handlePickerReport(await db(), captures, message, sender, at));
      else if (tabId !== undefined) void enqueue(tabId, async () => handlePageReport(await db(), message, sender, at));
      return false;
    });

    browser.runtime.onInstalled.addListener(({ reason }) => {
      void createFlagMenu().catch((e: unknown) => console.error('Shopwalk: no context menu', e));
      // The first run explains in a minute what an audit is and what is recorded; updates stay quiet.
      if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    });

    browser.commands.onCommand.addListener((command, tab) => {
      if (command === 'start-audit' && tab) startFromKeyboard(db, tab);
      if (command === 'toggle-task' && tab) toggleTaskFromKeyboard(db, tab);
      if (command === FLAG_COMMAND && tab) flagFromPage(db, captures, tab);
    });
  },
});
