import { browser } from 'wxt/browser';

interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens Shopwalk's panel beside the page: Chrome's side panel, or Firefox's sidebar, which has no side panel API.
 * Call it synchronously from a click; both browsers open it only during a user gesture.
 */
export function openPanel(tabId: number): Promise<void> {
  if (browser.sidePanel) return browser.sidePanel.open({ tabId });
  return (browser as unknown as FirefoxSidebar).sidebarAction?.open() ?? Promise.resolve();
}

export function dashboardUrl(hash = ''): string {
  return browser.runtime.getURL('/dashboard.html') + hash;
}

/** The first-run page: what an audit records, and the user's agreement to it (`#consent`). */
export function welcomeUrl(hash = ''): string {
  return browser.runtime.getURL('/welcome.html') + hash;
}
