import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PageReport } from '@/utils/messages';
import { reportPageTiming } from '@/utils/measure/report-page-timing';

/**
 * The page recorder, injected by the background into audited tabs only (never registered for all sites). It stays
 * small and quiet: passive listeners, no globals in the page, nothing typed into the page is read.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const report = (message: PageReport) => {
      if (ctx.isValid) void browser.runtime.sendMessage(message).catch(() => undefined /* worker restarting */);
    };
    const reportVisibility = () =>
      report({ type: 'page/visibility', visible: document.visibilityState === 'visible', at: Date.now() });
    ctx.addEventListener(document, 'visibilitychange', reportVisibility, { passive: true });
    reportVisibility();
    reportPageTiming((documentUrl, timing) => report({ type: 'page/timing', documentUrl, timing }));
  },
});
