import { browser } from 'wxt/browser';
import type { ShopwalkDb } from '../db/database';
import { lastTouchpoint } from '../db/journey';
import type { RecorderWindow } from '../messages';
import { isSameDocument, type Touchpoint } from '../model/touchpoint';

/**
 * Tells the page recorder in a tab which touchpoint it measures now: after it was injected into a new document,
 * and on every single-page-app route, which starts a new window of measurements in the same document. A tab
 * without a recorder (a site Shopwalk may not read) has no one to tell; that is not an error.
 */
export async function announceWindow(db: ShopwalkDb, tabId: number, touchpoint: Touchpoint): Promise<void> {
  const audit = await db.audits.get(touchpoint.auditId);
  if (!audit) return;
  const window: RecorderWindow = {
    type: 'recorder/window',
    touchpointId: touchpoint.id,
    route: isSameDocument(touchpoint.arrival),
    phone: audit.device.mobile,
  };
  try {
    await browser.tabs.sendMessage(tabId, window, { frameId: 0 });
  } catch {
    // No recorder listens in this page: no host access, a browser page, or the page is already gone.
  }
}

/** The same, for the touchpoint an audit just started or resumed on. */
export async function announceCurrentWindow(db: ShopwalkDb, tabId: number, auditId: string): Promise<void> {
  const touchpoint = await lastTouchpoint(db, auditId);
  if (touchpoint) await announceWindow(db, tabId, touchpoint);
}
