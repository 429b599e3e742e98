import type { Audit } from '../model/audit';
import type { Touchpoint } from '../model/touchpoint';
import type { ShopwalkDb } from './database';
import { countTouchpoints, touchpointsOf } from './journey';

export interface AuditRow {
  audit: Audit;
  /** How many touchpoints the audit has, counted in its index range (the touchpoints themselves are not read). */
  touchpoints: number;
}

/**
 * Every audit, newest first, with its length: the dashboard's list. The one read of a whole table the UI makes, as
 * the list is every audit there is (its filters and scenario groups need them all); an audit's row is small, its
 * journey, findings and pixels stay in their own tables.
 */
export async function auditRows(db: ShopwalkDb): Promise<AuditRow[]> {
  const audits = await db.audits.orderBy('startedAt').reverse().toArray();
  return Promise.all(audits.map(async (audit) => ({ audit, touchpoints: await countTouchpoints(db, audit.id) })));
}

/** One audit with its journey in order, as the dashboard shows it opened; undefined when there is no such audit. */
export async function openedAudit(
  db: ShopwalkDb,
  auditId: string,
): Promise<{ audit: Audit; touchpoints: Touchpoint[] } | undefined> {
  const audit = await db.audits.get(auditId);
  return audit && { audit, touchpoints: await touchpointsOf(db, audit.id) };
}

/**
 * Audits whose tab or browser went away (paused, in no tab), newest first, at most `limit`: the side panel offers
 * to carry them on. No index says "paused and in no tab", so this walks the audits newest first until it has
 * `limit` of them: the whole table when fewer are waiting (an index of status would need a schema version).
 */
export function waitingAudits(db: ShopwalkDb, limit: number): Promise<Audit[]> {
  return db.audits
    .orderBy('startedAt')
    .reverse()
    .filter((a) => a.status === 'paused' && a.tabId === undefined)
    .limit(limit)
    .toArray();
}
