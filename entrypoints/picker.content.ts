import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PICKER_OPTIONS, readPickerOptions } from '@/utils/picker/picker-options';
import { runPicker } from '@/utils/picker/run-picker';

/** Set in the content script's own (isolated) world, which the page cannot see: the running picker's stop. */
const RUNNING = Symbol.for('shopwalk.picker');
type Marked = typeof globalThis & { [RUNNING]?: () => void };

/**
 * The element picker, injected by the background into an audited tab only when the auditor asks to flag
 * something (never registered for any site). Small on purpose: no React, no zod, no database. The background puts
 * its options (the request id, the hint in the auditor's language) into this world just before.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const marked = globalThis as Marked;
    const options = readPickerOptions((marked as Record<symbol, unknown>)[PICKER_OPTIONS]);
    delete (marked as Record<symbol, unknown>)[PICKER_OPTIONS]; // used once: a stray re-run starts nothing
    if (!options) return;
    marked[RUNNING]?.(); // asked again while picking: the newer request replaces the older one
    const stop = new AbortController();
    marked[RUNNING] = () => stop.abort();
    ctx.onInvalidated(() => stop.abort());
    const onMessage = (message: unknown) => {
      if ((message as { type?: unknown } | null)?.type === 'picker/stop') stop.abort();
    };
    browser.runtime.onMessage.addListener(onMessage);

    void runPicker(document, options, stop.signal).then((report) => {
      browser.runtime.onMessage.removeListener(onMessage);
      if (marked[RUNNING] && !stop.signal.aborted) delete marked[RUNNING];
      if (report && ctx.isValid)
        void browser.runtime.sendMessage(report).catch(() => undefined /* worker restarting */);
    });
  },
});
