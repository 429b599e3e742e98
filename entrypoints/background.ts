import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { database, type ShopwalkDb } from '@/utils/db/database';
import { listenToJourneys } from '@/utils/background/journey-listeners';
import { listenToLastWords } from '@/utils/background/last-words';
import { routeMessage } from '@/utils/background/route-message';
import { serialQueue } from '@/utils/background/serial-queue';
import { handleStorageFault } from '@/utils/background/storage-fault';
import { forgetOpenFailure } from '@/utils/background/storage-failure-state';
import { checkTabsOncePerSession } from '@/utils/background/session-start';
import { startFromKeyboard } from '@/utils/background/keyboard-start';
import { toggleTaskFromKeyboard } from '@/utils/background/keyboard-task';
import { createFlagMenu, listenToFlagMenu } from '@/utils/background/context-menu';
import { FLAG_COMMAND, flagFromPage } from '@/utils/background/flag-keyboard';
import { listenToLeftPicks } from '@/utils/background/flag-pick';
import { captureGate } from '@/utils/screenshot/capture-gate';
import { welcomeUrl } from '@/utils/tabs/open-panel';

export default defineBackground({
  type: 'module',
  main() {
    // Every listener is registered here, synchronously, before any await: Chrome delivers the event that woke
    // the worker only to listeners that exist when the script's first run ends.
    const ready: Promise<ShopwalkDb> = (async () => {
      const db = database();
      await checkTabsOncePerSession(db);
      await forgetOpenFailure();
      return db;
    })();
    const db = () => ready;
    // A failure of the store itself (full, not opening) is kept for the pages to show; a full one pauses recording.
    const onFault = (error: unknown) => handleStorageFault(db, error, Date.now());
    ready.catch((error: unknown) => {
      console.error('Shopwalk: could not open the audit database', error);
      void onFault(error);
    });
    const enqueue = serialQueue<number>((error) => {
      console.error('Shopwalk: recording failed', error);
      void onFault(error);
    });

    listenToJourneys(db, enqueue);
    listenToLastWords(db);
    const captures = captureGate();
    listenToFlagMenu(db, captures);
    listenToLeftPicks();

    browser.runtime.onMessage.addListener(routeMessage({ db, enqueue, captures, onFault }));

    browser.runtime.onInstalled.addListener(({ reason }) => {
      void createFlagMenu().catch((e: unknown) => console.error('Shopwalk: no context menu', e));
      // The first run explains in a minute what an audit is and what is recorded, and asks the user to agree to it
      // before the first audit; updates stay quiet.
      if (reason === 'install') void browser.tabs.create({ url: welcomeUrl('#consent') });
    });

    browser.commands.onCommand.addListener((command, tab) => {
      if (command === 'start-audit' && tab) startFromKeyboard(db, tab);
      if (command === 'toggle-task' && tab) toggleTaskFromKeyboard(db, tab);
      if (command === FLAG_COMMAND && tab) flagFromPage(db, captures, tab);
    });
  },
});
