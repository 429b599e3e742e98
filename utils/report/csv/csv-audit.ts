import type { Audit } from '../../model/audit';
import type { FindingRecord } from '../../model/finding-record';
import type { Template } from '../../model/scorecard';
import type { Task } from '../../model/task';
import type { Touchpoint } from '../../model/touchpoint';
import type { Column } from './cell';

/**
 * What the CSV files need of one audit: its records as stored (each kind in its order) and the scorecard it is rated
 * on, which the caller resolves (`templateOfAudit`), so that writing the files reads no database.
 */
export interface CsvAudit {
  audit: Pick<Audit, 'id' | 'shopName'>;
  touchpoints: readonly Touchpoint[];
  tasks: readonly Task[];
  findings: readonly FindingRecord[];
  template: Template;
}

/** A row of any table: it carries its audit, so that several audits share one file. */
export interface AuditRow {
  audit: CsvAudit['audit'];
}

/** The first columns of every table: which audit a row belongs to. */
export const AUDIT_COLUMNS: readonly Column<AuditRow>[] = [
  { header: { en: 'Audit ID', de: 'Audit-ID' }, cell: ({ audit }) => audit.id },
  { header: { en: 'Shop', de: 'Shop' }, cell: ({ audit }) => audit.shopName },
];
