import { Dexie } from 'dexie';
import type { Audit } from '../model/audit';
import { isWeb, type Touchpoint } from '../model/touchpoint';
import type { ShopwalkDb } from './database';

/** The audit recording (or paused in) a tab, if any. */
export function auditOfTab(db: ShopwalkDb, tabId: number): Promise<Audit | undefined> {
  return db.audits.where('tabId').equals(tabId).first();
}

/** The audits bound to a tab: recording in it, or paused by the auditor in it (finished ones are in no tab). */
export function boundAudits(db: ShopwalkDb): Promise<Audit[]> {
  return db.audits.where('tabId').aboveOrEqual(0).toArray();
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

/** The `limit` pages of the walk recorded last, newest first. */
export function latestTouchpoints(db: ShopwalkDb, auditId: string, limit: number): Promise<Touchpoint[]> {
  return ofAudit(db, auditId).reverse().filter(isWeb).limit(limit).toArray();
}

/**
 * The page of the walk recorded last, open or not. Contacts off the web that the auditor entered meanwhile are
 * passed over: the recorder follows the tab, and they are no page of it.
 */
export function lastTouchpoint(db: ShopwalkDb, auditId: string): Promise<Touchpoint | undefined> {
  return ofAudit(db, auditId).reverse().filter(isWeb).first();
}

/** The position of the next touchpoint recorded or entered: after every one there is, on the web or off it. */
export async function nextSeq(db: ShopwalkDb, auditId: string): Promise<number> {
  return ((await ofAudit(db, auditId).last())?.seq ?? -1) + 1;
}

/** The page the customer is on now: the last page of the walk, while it has not been left. */
export async function openTouchpoint(db: ShopwalkDb, auditId: string): Promise<Touchpoint | undefined> {
  const last = await lastTouchpoint(db, auditId);
  return last && last.leftAt === undefined ? last : undefined;
}
