import { browser } from 'wxt/browser';
import { classifyPage, originPattern } from '../pages/page-access';

/** Where WXT puts the content script entrypoint `recorder.content.ts`. */
export const RECORDER_FILE = '/content-scripts/recorder.js';

/**
 * Puts the page recorder into the top frame of an audited tab, where the user granted access to the site. Pages
 * elsewhere in the journey (a payment provider, say) are still recorded as touchpoints, without the recorder.
 */
export async function injectRecorder(tabId: number, url: string): Promise<boolean> {
  const access = classifyPage(url);
  if (!access.ok) return false;
  if (!(await browser.permissions.contains({ origins: [originPattern(access.origin)] }))) return false;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [RECORDER_FILE] });
    return true;
  } catch (error) {
    // The tab navigated or closed between the check and the injection; the next commit injects again.
    console.warn('Shopwalk: recorder not injected', url, error);
    return false;
  }
}
