import { defineContentScript } from 'wxt/utils/define-content-script';
import { relayPageErrors } from '@/utils/measure/js-errors';

/**
 * The page's uncaught errors, relayed to the recorder: this script runs in the page's own (MAIN) world, where they
 * are seen, and passes only a clipped message string across (see `relayPageErrors`). Injected by the background
 * beside the recorder, into audited tabs only: `scripting.executeScript({ world: 'MAIN', files:
 * ['/content-scripts/page-errors.js'] })`. Nothing is left on `window`: the IIFE is anonymous and all state lives in
 * `main()`.
 */
export default defineContentScript({
  registration: 'runtime',
  world: 'MAIN',
  main() {
    relayPageErrors(window);
  },
});
