import { browser } from 'wxt/browser';
import { classifyPage, originPattern } from '../pages/page-access';

/** Where WXT puts the content script entrypoints `recorder.content.ts` and `page-errors.content.ts`. */
export const RECORDER_FILE = '/content-scripts/recorder.js';
export const PAGE_ERRORS_FILE = '/content-scripts/page-errors.js';

/**
 * Puts the page recorder into the top frame of an audited tab, where the user granted access to the site. Pages
 * elsewhere in the journey (a payment provider, say) are still recorded as touchpoints, without the recorder.
 */
export async function injectRecorder(tabId: number, url: string): Promise<boolean> {
  const access = classifyPage(url);
  if (!access.ok) return false;
  if (!(await browser.permissions.contains({ origins: [originPattern(access.origin)] }))) return false;
  try {
    const target = { tabId, frameIds: [0] };
    // The error relay runs in the page's own world (only there are its uncaught errors seen), as early as it can.
    await browser.scripting.executeScript({
      target,
      files: [PAGE_ERRORS_FILE],
      world: 'MAIN',
      injectImmediately: true,
    });
    await browser.scripting.executeScript({ target, files: [RECORDER_FILE] });
    return true;
  } catch (error) {
    // The tab navigated or closed between the check and the injection; the next commit injects again.
    console.warn('Shopwalk: recorder not injected', url, error);
    return false;
  }
}
