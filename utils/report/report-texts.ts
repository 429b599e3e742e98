import type { Locale } from '../i18n/locale';
import type { Translate } from '../i18n/translate';
import type { ChangedRow, Change } from './before-after';
import type { ComparedCell } from './compare-audits';
import type { Metric } from './metrics';
import type { Gap } from './document/biggest-gaps';
import type { ReportDocument } from './document/report-document';
import type { ReportFinding } from './document/report-findings';
import { formatDifference, formatMetric } from './format-metric';
import { rowLabel } from './row-label';
import type { RowWinner } from './row-winner';

/** What the report's sentences are written with, in HTML and Markdown alike. */
export interface TextContext {
  doc: ReportDocument;
  t: Translate;
  locale: Locale;
}

/** An audit's label by its id ("" for an id not in the report, which the document never produces). */
export function labelOf(doc: ReportDocument, auditId: string): string {
  return doc.audits.find((a) => a.id === auditId)?.label ?? '';
}

/** A row's name, or "Whole journey". */
export function changedRowLabel(row: ChangedRow, t: Translate): string {
  return row === 'total' ? t('report.total') : rowLabel(row, t);
}

/** The winner as a reader names it: the audit's label, the word for a tie, or a dash when there is nobody to beat. */
export function winnerText(winner: RowWinner | undefined, { doc, t }: TextContext): string {
  if (winner?.kind === 'audit') return labelOf(doc, winner.auditId);
  return winner?.kind === 'tie' ? t('report.tie') : '—';
}

/** Who did best over the whole journey, as a sentence. */
export function verdictText({ doc, t }: TextContext): string {
  const total = doc.winners.total;
  if (total.kind === 'audit') return t('report.overallWinner', { shop: labelOf(doc, total.auditId) });
  return total.kind === 'tie' ? t('report.overallTie') : t('report.overallNone');
}

/** "Gipfelglück, Cart — Clicks 2 against 7 (−5)". */
export function gapText(gap: Gap, { doc, t, locale }: TextContext): string {
  return t('report.gapItem', {
    shop: labelOf(doc, gap.auditId),
    row: changedRowLabel(gap.row, t),
    metric: t(`report.metric.${gap.metric}`),
    value: formatMetric(gap.metric, gap.value, locale),
    baseline: formatMetric(gap.metric, gap.baseline, locale),
    difference: formatDifference(gap.metric, gap.value - gap.baseline, locale),
  });
}

/** "Cart — Clicks: 9 → 4". */
export function changeText(change: Change, { t, locale }: Pick<TextContext, 't' | 'locale'>): string {
  return t('report.change', {
    row: changedRowLabel(change.row, t),
    metric: t(`report.metric.${change.metric}`),
    before: formatMetric(change.metric, change.before, locale),
    after: formatMetric(change.metric, change.after, locale),
  });
}

/** A finding's severity as number and word ("3 major"), never by colour alone. */
export function severityText(severity: number, t: Translate): string {
  const level = Math.max(0, Math.min(4, Math.round(severity))) as 0 | 1 | 2 | 3 | 4;
  return t('findings.severity', { severity: level, word: t(`severity.${level}`) });
}

/** What a finding is called: its rule's title, or "Flagged by the auditor" with the category the auditor chose. */
export function findingHeadline(finding: ReportFinding, { t, locale }: Pick<TextContext, 't' | 'locale'>): string {
  if (finding.rule) return finding.rule.title[locale];
  return finding.category ? `${t('findings.manual')}: ${t(`flag.category.${finding.category}`)}` : t('findings.manual');
}

/** Where a finding was made: "step 5: Kasse – Adresse", or "the whole journey". */
export function findingPlaceText(finding: ReportFinding, t: Translate): string {
  const where = finding.place;
  if (!where) return t('findings.journeyWide');
  return t('findings.onStep', { seq: where.no, title: where.title || t('journey.untitled') });
}

/**
 * Whether a cell's value earns ★: it is the best of its row, and the audits with a value do not all share it (one
 * audit alone, or a tie of all, has no best worth marking).
 */
export function marksBest(cell: ComparedCell, cells: readonly ComparedCell[], metric: Metric): boolean {
  const present = cells.flatMap((c) => c.metrics[metric].value ?? []);
  return cell.metrics[metric].best && present.some((v) => v !== present[0]);
}
