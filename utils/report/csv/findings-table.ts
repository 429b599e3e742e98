import type { Evidence } from '../../model/finding';
import type { FindingRecord } from '../../model/finding-record';
import { ruleById } from '../../rules/registry';
import { isoUtc, type Column } from './cell';
import { AUDIT_COLUMNS, type AuditRow } from './csv-audit';
import type { CsvTable } from './table';

export interface FindingRow extends AuditRow {
  finding: FindingRecord;
  /** The position (from 1) of the touchpoint the finding is about; absent for findings about the whole journey. */
  touchpointNo?: number;
}

/** The measured numbers behind a finding in one cell ("fields=14; threshold=8"): a report reader's evidence. */
function evidenceValues(evidence: Evidence): string | undefined {
  const pairs = Object.entries(evidence.values).map(([name, value]) => `${name}=${String(value)}`);
  return pairs.length ? pairs.join('; ') : undefined;
}

/**
 * Every finding with its verdict, dismissed ones included (a reader filters on the verdict; only confirmed ones
 * count towards scores). A rule's finding carries the rule's title in the user's language; the auditor's own
 * findings have no title (their note says what they are) and the rule id `manual`.
 */
const COLUMNS: readonly Column<FindingRow>[] = [
  ...AUDIT_COLUMNS,
  { header: { en: 'Finding ID', de: 'Befund-ID' }, cell: ({ finding }) => finding.id },
  { header: { en: 'Touchpoint no.', de: 'Touchpoint-Nr.' }, cell: ({ touchpointNo }) => touchpointNo },
  { header: { en: 'Touchpoint ID', de: 'Touchpoint-ID' }, cell: ({ finding }) => finding.touchpointId },
  { header: { en: 'Source', de: 'Quelle' }, cell: ({ finding }) => finding.source },
  { header: { en: 'Rule', de: 'Regel' }, cell: ({ finding }) => finding.ruleId },
  { header: { en: 'Title', de: 'Titel' }, cell: ({ finding }, { locale }) => ruleById(finding.ruleId)?.title[locale] },
  { header: { en: 'Category', de: 'Kategorie' }, cell: ({ finding }) => finding.category },
  { header: { en: 'Severity (0-4)', de: 'Schweregrad (0-4)' }, cell: ({ finding }) => finding.severity },
  { header: { en: 'Verdict', de: 'Urteil' }, cell: ({ finding }) => finding.verdict },
  {
    header: { en: 'Element', de: 'Element' },
    cell: ({ finding }) => finding.evidence.selector ?? finding.element?.selector,
  },
  { header: { en: 'Page text', de: 'Seitentext' }, cell: ({ finding }) => finding.evidence.text },
  { header: { en: 'Measured', de: 'Gemessen' }, cell: ({ finding }) => evidenceValues(finding.evidence) },
  { header: { en: 'Note', de: 'Notiz' }, cell: ({ finding }) => finding.note },
  { header: { en: 'Created (UTC)', de: 'Erstellt (UTC)' }, cell: ({ finding }) => isoUtc(finding.createdAt) },
  { header: { en: 'Decided (UTC)', de: 'Entschieden (UTC)' }, cell: ({ finding }) => isoUtc(finding.decidedAt) },
];

export const findingsTable: CsvTable<FindingRow> = {
  name: 'findings',
  columns: COLUMNS,
  rows: ({ audit, touchpoints, findings }) => {
    const noById = new Map(touchpoints.map((tp) => [tp.id, tp.seq + 1]));
    return findings.map((finding) => {
      const touchpointNo = finding.touchpointId === undefined ? undefined : noById.get(finding.touchpointId);
      return { audit, finding, ...(touchpointNo === undefined ? {} : { touchpointNo }) };
    });
  },
};
