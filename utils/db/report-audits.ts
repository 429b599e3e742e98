import type { Template } from '../model/scorecard';
import { auditTables, recordsOf, type AuditRecords } from './audit-records';
import type { ShopwalkDb } from './database';
import { templateOfAudit } from './templates';

/** An audit's records with the scorecard it is rated on: what reports and their files are made from. */
export type ReportRecords = AuditRecords & { template: Template };

/**
 * The records of the given audits in the order given, each with its scorecard, read as one moment (an audit being
 * recorded meanwhile is reported as it was). An id named twice is read once; a deleted audit is left out.
 */
export async function readReportRecords(db: ShopwalkDb, auditIds: readonly string[]): Promise<ReportRecords[]> {
  return db.transaction('r', [...auditTables(db), db.templates], async () => {
    const found = await db.audits.bulkGet([...new Set(auditIds)]);
    const audits = found.filter((audit) => audit !== undefined);
    return Promise.all(
      audits.map(async (audit) => ({
        ...(await recordsOf(db, audit)),
        template: await templateOfAudit(db, audit.templateId),
      })),
    );
  });
}
