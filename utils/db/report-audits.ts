import type { Audit } from '../model/audit';
import type { Template } from '../model/scorecard';
import { auditTables, recordsOf, type AuditRecords } from './audit-records';
import type { ShopwalkDb } from './database';
import { findingsOf } from './findings';
import { touchpointsOf } from './journey';
import { templateOfAudit } from './templates';

/** An audit's records with the scorecard it is rated on: what reports and their files are made from. */
export type ReportRecords = AuditRecords & { template: Template };

/** What a scenario's statistics are made from: an audit's journey, findings and scorecard, none of its pixels. */
export type StatisticsRecords = Pick<ReportRecords, 'audit' | 'touchpoints' | 'findings' | 'template'>;

/**
 * `read` of each of the given audits in the order given, read as one moment (an audit being recorded meanwhile is
 * read as it was). An id named twice is read once; a deleted audit is left out.
 */
function readEach<T>(db: ShopwalkDb, auditIds: readonly string[], read: (audit: Audit) => Promise<T>): Promise<T[]> {
  return db.transaction('r', [...auditTables(db), db.templates], async () => {
    const found = await db.audits.bulkGet([...new Set(auditIds)]);
    return Promise.all(found.filter((audit) => audit !== undefined).map(read));
  });
}

/** The records of the given audits in the order given, each with its scorecard (see `readEach`). */
export function readReportRecords(db: ShopwalkDb, auditIds: readonly string[]): Promise<ReportRecords[]> {
  return readEach(db, auditIds, async (audit) => ({
    ...(await recordsOf(db, audit)),
    template: await templateOfAudit(db, audit.templateId),
  }));
}

/**
 * The journeys, findings and scorecards of the given audits (see `readEach`): the list's scenario statistics read
 * every audit of a scenario, so they leave out what they do not show (screenshots, files, tasks).
 */
export function readStatisticsRecords(db: ShopwalkDb, auditIds: readonly string[]): Promise<StatisticsRecords[]> {
  return readEach(db, auditIds, async (audit) => {
    const [touchpoints, findings, template] = await Promise.all([
      touchpointsOf(db, audit.id),
      findingsOf(db, audit.id),
      templateOfAudit(db, audit.templateId),
    ]);
    return { audit, touchpoints, findings, template };
  });
}
