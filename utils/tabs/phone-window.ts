import { browser, type Browser } from 'wxt/browser';
import type { DeviceProfile } from '../model/audit';
import { findTab } from './tab-page';

/**
 * The phone Shopwalk walks as: the CSS viewport of the iPhones of 2020-2024 (390 x 844), the commonest phone
 * viewport in shop traffic. The window gets this viewport; the browser stays itself (user agent, no touch events),
 * so a shop that serves a separate mobile site by user agent shows its responsive site here (see README).
 */
export const PHONE_VIEWPORT = { width: 390, height: 844 };

/** How long a new phone window may take to load the shop before the audit starts anyway. */
const LOAD_TIMEOUT_MS = 15_000;

function loaded(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      clearTimeout(timer);
      resolve();
    };
    const onUpdated = (id: number, change: Browser.tabs.OnUpdatedInfo) => {
      if (id === tabId && change.status === 'complete') done();
    };
    const timer = setTimeout(done, LOAD_TIMEOUT_MS);
    browser.tabs.onUpdated.addListener(onUpdated);
    // A fast page may have loaded before the listener was there.
    void findTab(tabId).then((tab) => tab?.status === 'complete' && tab.url !== 'about:blank' && done());
  });
}

/**
 * Opens `url` in a window the size of a phone and returns its tab once the page has loaded. The window's outer size
 * includes the browser's frame, so it is corrected once by what the tab reports as its viewport.
 */
export async function openPhoneWindow(url: string): Promise<Browser.tabs.Tab | undefined> {
  const win = await browser.windows.create({ url, type: 'popup', focused: true, ...PHONE_VIEWPORT });
  const tabId = win?.tabs?.[0]?.id;
  if (!win?.id || tabId === undefined) return undefined;
  await loaded(tabId);
  const tab = await findTab(tabId);
  if (tab?.width && tab.height && win.width && win.height) {
    const width = win.width + PHONE_VIEWPORT.width - tab.width;
    const height = win.height + PHONE_VIEWPORT.height - tab.height;
    // A frame is never wider than the window; a tab larger than its window is emulated (DevTools): leave it.
    const sane = width >= PHONE_VIEWPORT.width && height >= PHONE_VIEWPORT.height;
    if (sane && (width !== win.width || height !== win.height)) await browser.windows.update(win.id, { width, height });
  }
  return findTab(tabId);
}

/** The device profile of an audit walked in the phone window. */
export function phoneProfile(tab: Browser.tabs.Tab): DeviceProfile {
  return {
    viewportWidth: tab.width ?? PHONE_VIEWPORT.width,
    viewportHeight: tab.height ?? PHONE_VIEWPORT.height,
    userAgent: navigator.userAgent,
    mobile: true,
  };
}

interface FirefoxSidebar {
  sidebarAction?: { setPanel(details: { tabId: number; panel: string }): Promise<void> };
}

/**
 * A phone window has no toolbar and no side panel of its own, so the panel beside the tab the auditor started from
 * follows the phone tab's audit instead (`?tab=`), in Chrome's side panel and Firefox's sidebar alike.
 */
export async function panelFollows(fromTabId: number, phoneTabId: number): Promise<void> {
  const path = `sidepanel.html?tab=${phoneTabId}`;
  if (browser.sidePanel) await browser.sidePanel.setOptions({ tabId: fromTabId, path, enabled: true });
  else await (browser as unknown as FirefoxSidebar).sidebarAction?.setPanel({ tabId: fromTabId, panel: `/${path}` });
}
