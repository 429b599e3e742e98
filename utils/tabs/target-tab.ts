import { browser } from 'wxt/browser';

/**
 * The tab an extension page acts on: the one named by `?tab=` (when the page itself runs in a tab, as in tests or
 * when opened from the dashboard), else the active tab of the page's window.
 */
export async function targetTabId(search: string): Promise<number | undefined> {
  const named = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
