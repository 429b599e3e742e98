import type { ShopwalkDb } from '../db/database';
import { auditOfTab, lastTouchpoint, nextSeq, openTouchpoint } from '../db/journey';
import type { Touchpoint } from '../model/touchpoint';
import { clipText } from './clip';
import { isNewStep, newTouchpoint } from './new-touchpoint';
import type { Arrived } from './page-state';
import { storedUrl } from './stored-url';
import { closing, visibilityChange } from './touchpoint-time';

/** Runs `fn` with the audit actively recording `tabId`, in one transaction; nothing happens for other tabs. */
export function withActiveAudit<T>(
  db: ShopwalkDb,
  tabId: number,
  fn: (auditId: string) => Promise<T | undefined>,
): Promise<T | undefined> {
  return db.transaction('rw', db.audits, db.touchpoints, async () => {
    const audit = await auditOfTab(db, tabId);
    if (!audit || audit.status !== 'active') return undefined;
    return fn(audit.id);
  });
}

/** The customer arrived on a page (load or route change) in a tab: close the step before, open a new one. */
export function recordArrival(
  db: ShopwalkDb,
  tabId: number,
  page: Arrived,
  at: number,
): Promise<Touchpoint | undefined> {
  return withActiveAudit(db, tabId, async (auditId) => {
    const last = await lastTouchpoint(db, auditId);
    const open = last?.leftAt === undefined ? last : undefined;
    if (!isNewStep(open, page)) return undefined;
    if (open) await db.touchpoints.update(open.id, closing(open, at));
    const tp = newTouchpoint(auditId, await nextSeq(db, auditId), page, at);
    await db.touchpoints.add(tp);
    await db.audits.update(auditId, { updatedAt: at });
    return tp;
  });
}

/** The page in a tab got its title (or changed it); it belongs to the open touchpoint if that shows `url`. */
export function recordTitle(
  db: ShopwalkDb,
  tabId: number,
  url: string,
  title: string,
  at: number,
): Promise<boolean | undefined> {
  return withActiveAudit(db, tabId, async (auditId) => {
    const open = await openTouchpoint(db, auditId);
    if (!open || open.url !== storedUrl(url, open.arrival) || open.title === clipText(title)) return false;
    await db.touchpoints.update(open.id, { title: clipText(title) });
    await db.audits.update(auditId, { updatedAt: at });
    return true;
  });
}

/** The audited tab came to the front or went behind another tab, window or the lock screen. */
export function recordVisibility(
  db: ShopwalkDb,
  tabId: number,
  visible: boolean,
  at: number,
): Promise<boolean | undefined> {
  return withActiveAudit(db, tabId, async (auditId) => {
    const open = await openTouchpoint(db, auditId);
    const change = open && visibilityChange(open, visible, at);
    if (!open || !change) return false;
    await db.touchpoints.update(open.id, change);
    await db.audits.update(auditId, { updatedAt: at });
    return true;
  });
}
