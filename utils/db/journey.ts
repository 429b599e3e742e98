import { Dexie } from 'dexie';
import type { Audit } from '../model/audit';
import type { Touchpoint } from '../model/touchpoint';
import type { ShopwalkDb } from './database';

/** The audit recording (or paused in) a tab, if any. */
export function auditOfTab(db: ShopwalkDb, tabId: number): Promise<Audit | undefined> {
  return db.audits.where('tabId').equals(tabId).first();
}

function ofAudit(db: ShopwalkDb, auditId: string) {
  return db.touchpoints.where('[auditId+seq]').between([auditId, Dexie.minKey], [auditId, Dexie.maxKey]);
}

/** An audit's touchpoints in journey order. */
export function touchpointsOf(db: ShopwalkDb, auditId: string): Promise<Touchpoint[]> {
  return ofAudit(db, auditId).toArray();
}

export function countTouchpoints(db: ShopwalkDb, auditId: string): Promise<number> {
  return ofAudit(db, auditId).count();
}

/** The `limit` touchpoints recorded last, newest first. */
export function latestTouchpoints(db: ShopwalkDb, auditId: string, limit: number): Promise<Touchpoint[]> {
  return ofAudit(db, auditId).reverse().limit(limit).toArray();
}

/** The touchpoint recorded last, open or not. */
export function lastTouchpoint(db: ShopwalkDb, auditId: string): Promise<Touchpoint | undefined> {
  return ofAudit(db, auditId).last();
}

/** The touchpoint the customer is on now: the last one, while it has not been left. */
export async function openTouchpoint(db: ShopwalkDb, auditId: string): Promise<Touchpoint | undefined> {
  const last = await lastTouchpoint(db, auditId);
  return last && last.leftAt === undefined ? last : undefined;
}
