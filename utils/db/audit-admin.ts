import type { Audit } from '../model/audit';
import { auditTables, recordsOf, type AuditRecords } from './audit-records';
import type { ShopwalkDb } from './database';

/**
 * What a deletion removed, kept so that it can be undone. Kept in memory only while the undo bar shows: screenshots
 * and attachments can be large.
 */
export type Removed = AuditRecords[];

export async function renameAudit(db: ShopwalkDb, auditId: string, shopName: string, at: number): Promise<void> {
  const name = shopName.trim();
  if (name) await db.audits.update(auditId, { shopName: name.slice(0, 200), updatedAt: at });
}

/** Deletes audits with all their records, in one transaction, and returns what was deleted. */
export function deleteAudits(db: ShopwalkDb, auditIds: readonly string[]): Promise<Removed> {
  return db.transaction('rw', auditTables(db), async () => {
    const audits = (await db.audits.bulkGet([...auditIds])).filter((a): a is Audit => a !== undefined);
    const removed = await Promise.all(audits.map((audit) => recordsOf(db, audit)));
    const ids = (records: { id: string }[]) => records.map((r) => r.id);
    await db.touchpoints.bulkDelete(removed.flatMap((r) => ids(r.touchpoints)));
    await db.tasks.bulkDelete(removed.flatMap((r) => ids(r.tasks)));
    await db.findings.bulkDelete(removed.flatMap((r) => ids(r.findings)));
    await db.screenshots.bulkDelete(removed.flatMap((r) => ids(r.screenshots)));
    await db.attachments.bulkDelete(removed.flatMap((r) => ids(r.attachments)));
    await db.audits.bulkDelete(ids(audits));
    return removed;
  });
}

/** Puts deleted audits back as they were; the undo of `deleteAudits`. */
export function restoreAudits(db: ShopwalkDb, removed: Removed): Promise<void> {
  return db.transaction('rw', auditTables(db), async () => {
    // A recording tab may have started another audit meanwhile; the restored one then waits, paused.
    const audits = removed.map((r) => ({ ...r.audit }));
    for (const audit of audits) {
      if (audit.tabId !== undefined && (await db.audits.where('tabId').equals(audit.tabId).count()) > 0) {
        delete audit.tabId;
        if (audit.status === 'active') Object.assign(audit, { status: 'paused', pauseReason: 'tab-closed' });
      }
    }
    await db.audits.bulkPut(audits);
    await db.touchpoints.bulkPut(removed.flatMap((r) => r.touchpoints));
    await db.tasks.bulkPut(removed.flatMap((r) => r.tasks));
    await db.findings.bulkPut(removed.flatMap((r) => r.findings));
    await db.screenshots.bulkPut(removed.flatMap((r) => r.screenshots));
    await db.attachments.bulkPut(removed.flatMap((r) => r.attachments));
  });
}
