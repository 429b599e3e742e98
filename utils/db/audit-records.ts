import type { Attachment } from '../model/attachment';
import type { Audit } from '../model/audit';
import type { FindingRecord } from '../model/finding-record';
import type { Screenshot } from '../model/screenshot';
import type { Task } from '../model/task';
import type { Touchpoint } from '../model/touchpoint';
import type { ShopwalkDb } from './database';
import { findingsOf } from './findings';
import { touchpointsOf } from './journey';
import { tasksOf } from './tasks';

/** Everything stored of one audit, each kind in its order (journey, tasks started, recorded, taken, added). */
export interface AuditRecords {
  audit: Audit;
  touchpoints: Touchpoint[];
  tasks: Task[];
  findings: FindingRecord[];
  screenshots: Screenshot[];
  attachments: Attachment[];
}

/** The tables that hold an audit's records: a transaction that reads or removes a whole audit spans them all. */
export function auditTables(db: ShopwalkDb) {
  return [db.audits, db.touchpoints, db.tasks, db.findings, db.screenshots, db.attachments];
}

/** An audit's records, each kind through its index. Run it inside a transaction over `auditTables`. */
export async function recordsOf(db: ShopwalkDb, audit: Audit): Promise<AuditRecords> {
  const [touchpoints, tasks, findings, screenshots, attachments] = await Promise.all([
    touchpointsOf(db, audit.id),
    tasksOf(db, audit.id),
    findingsOf(db, audit.id),
    db.screenshots.where('auditId').equals(audit.id).sortBy('takenAt'),
    db.attachments.where('auditId').equals(audit.id).sortBy('addedAt'),
  ]);
  return { audit, touchpoints, tasks, findings, screenshots, attachments };
}
