import { browser, type Browser } from 'wxt/browser';
import type { DeviceProfile } from '../model/audit';
import type { PageState } from '../recording/page-state';

/**
 * The page a tab shows. Its URL comes from the tab where the extension has access to the site, else from
 * webNavigation (whose permission covers every tab's top frame); the title only where it has access.
 */
export async function pageOfTab(tab: Browser.tabs.Tab): Promise<PageState> {
  let url = tab.url;
  if (!url && tab.id !== undefined) {
    const frame = await browser.webNavigation.getFrame({ tabId: tab.id, frameId: 0 });
    url = frame?.url;
  }
  return { url: url ?? '', title: tab.title ?? '', visible: tab.active };
}

/** The device the walk happens on: this browser, with the audited tab's viewport. */
export function deviceOfTab(tab: Browser.tabs.Tab): DeviceProfile {
  const userAgent = navigator.userAgent;
  return {
    viewportWidth: tab.width ?? 0,
    viewportHeight: tab.height ?? 0,
    userAgent,
    mobile: /Mobi|Android|iPhone|iPad/.test(userAgent),
  };
}

/** The tab, or undefined when it has been closed. */
export async function findTab(tabId: number): Promise<Browser.tabs.Tab | undefined> {
  try {
    return await browser.tabs.get(tabId);
  } catch {
    return undefined; // tabs.get rejects for a closed tab; that is an answer here, not a failure.
  }
}
