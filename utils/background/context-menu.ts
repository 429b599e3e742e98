import { browser } from 'wxt/browser';
import type { ShopwalkDb } from '../db/database';
import type { CaptureGate } from '../screenshot/capture-gate';
import { FLAG_COMMAND, flagFromPage } from './flag-keyboard';

/**
 * Adds "Flag something here" to the page's context menu, on web pages only. Created at install and update: Chrome
 * keeps the items across worker restarts; `removeAll` first, so that an update does not meet its own old item.
 */
export async function createFlagMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: FLAG_COMMAND,
    title: browser.i18n.getMessage('contextMenuFlag'),
    contexts: ['page', 'selection', 'link', 'image', 'editable'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
}

/** Registers, synchronously, the menu item's click; the tab is where the auditor right-clicked. */
export function listenToFlagMenu(db: () => Promise<ShopwalkDb>, gate: CaptureGate): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === FLAG_COMMAND && tab) flagFromPage(db, gate, tab);
  });
}
