import type { Browser } from 'wxt/browser';
import type { ShopwalkDb } from '../db/database';
import type { CaptureGate } from '../screenshot/capture-gate';
import { openPanel } from '../tabs/open-panel';
import { startPicking } from './flag-start';

/** The manifest command (wxt.config.ts) and the context-menu item that start flagging in the current tab. */
export const FLAG_COMMAND = 'flag-element';

/**
 * Flagging from the page (the shortcut or the context menu): both are user gestures on the tab, so the browser
 * grants activeTab, which the screenshot needs. The side panel opens before anything is awaited (Chrome forgets
 * the gesture after the first await) to show the picking and then the new flag's form, or why it was refused.
 */
export function flagFromPage(db: () => Promise<ShopwalkDb>, gate: CaptureGate, tab: Browser.tabs.Tab): void {
  const tabId = tab.id;
  if (tabId === undefined) return;
  void openPanel(tabId).catch((e: unknown) => console.warn('Shopwalk: could not open the panel', e));
  void (async () => {
    const result = await startPicking(await db(), gate, tabId);
    if (!result.ok) console.info(`Shopwalk: nothing to flag here (${result.error})`);
  })();
}
