import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PageReport } from '@/utils/messages';
import { lastWordsKey } from '@/utils/recorder/last-words-key';
import { recordPage, type MeasureReport } from '@/utils/recorder/page-recorder';
import { readRecorderWindow } from '@/utils/recorder/window-message';

/** Set in the content script's own (isolated) world, which the page cannot see: one recorder per document. */
const RUNNING = Symbol.for('shopwalk.recorder');
type Marked = typeof globalThis & { [RUNNING]?: () => boolean };

/**
 * The page recorder, injected by the background into audited tabs only (never registered for all sites). It stays
 * small and quiet: passive listeners, no globals in the page, nothing typed into the page is read.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    // Injected again into a document it already records (an audit resumed in the same tab): the first one stays.
    const marked = globalThis as Marked;
    if (marked[RUNNING]?.()) return;
    marked[RUNNING] = () => ctx.isValid;

    const report = (message: PageReport) => {
      if (ctx.isValid) void browser.runtime.sendMessage(message).catch(() => undefined /* worker restarting */);
    };
    const reportVisibility = () =>
      report({ type: 'page/visibility', visible: document.visibilityState === 'visible', at: Date.now() });
    ctx.addEventListener(document, 'visibilitychange', reportVisibility, { passive: true });
    reportVisibility();

    // A storage write reaches the browser even as the page goes, and wakes the worker (see last-words-key.ts).
    const leave = (message: MeasureReport) => {
      if (ctx.isValid)
        void browser.storage.local
          .set({ [lastWordsKey(message.touchpointId)]: message })
          .catch(() => undefined /* the extension is being reloaded or removed */);
    };
    const recorder = recordPage(ctx, report, leave);
    const onMessage = (message: unknown) => {
      const window = readRecorderWindow(message);
      if (window) recorder.openWindow(window);
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
