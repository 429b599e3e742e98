import { formatDateTime } from '../../format/date-time';
import { translator } from '../../i18n/translate';
import type { ReportRecords } from '../../db/report-audits';
import type { ChartContext } from '../charts/report-chart';
import type { ComparedCell } from '../compare-audits';
import type { DocumentAudit, ReportDocument } from '../document/report-document';
import { reportDocument } from '../document/report-document';
import { formatDifference, formatMetric } from '../format-metric';
import { httpUrl } from '../http-url';
import type { Metric } from '../metrics';
import { reportFileName, type ReportFile, type ReportFileOptions } from '../report-file';
import { rowLabel } from '../row-label';
import {
  changedRowLabel,
  changeText,
  findingHeadline,
  findingPlaceText,
  gapText,
  labelOf,
  marksBest,
  severityText,
  verdictText,
  winnerText,
  type TextContext,
} from '../report-texts';
import type { ReportFinding } from '../document/report-findings';
import { escapeMarkdown, markdownHref } from './escape-markdown';

const md = escapeMarkdown;

function table(head: readonly string[], align: readonly ('l' | 'r')[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(align.map((a) => (a === 'r' ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

function auditsTable({ doc, t, locale }: TextContext): string {
  const rows = doc.audits.map((a, i) => [
    String(i + 1),
    `${md(a.label)}${i === 0 ? ` (${t('report.baseline')})` : ''}`,
    md(a.scenario),
    md(a.auditorName),
    formatDateTime(a.startedAt, locale),
  ]);
  const head = ['#', t('dashboard.shop'), t('dashboard.scenario'), t('dashboard.auditor'), t('dashboard.date')];
  return table(head, ['r', 'l', 'l', 'l', 'r'], rows);
}

/** A cell of one metric: the value with ★ where best among differing values, the difference to the baseline. */
function cellText(cell: ComparedCell, cells: readonly ComparedCell[], metric: Metric, i: number, context: TextContext) {
  if (cell.figures === undefined) return `— ${context.t('report.notVisited')}`;
  const value = cell.metrics[metric];
  if (value.value === undefined) return '—';
  const star = marksBest(cell, cells, metric) ? ' ★' : '';
  const difference =
    i > 0 && value.difference !== undefined ? ` (${formatDifference(metric, value.difference, context.locale)})` : '';
  return `${formatMetric(metric, value.value, context.locale)}${star}${difference}`;
}

/** One metric stage by stage, with the whole journey last and, for the score, the winner of each row. */
function metricTable(metric: Metric, withWinner: boolean, context: TextContext): string {
  const { doc, t } = context;
  const head = [t('stage.label'), ...doc.audits.map((a, i) => `${i + 1} ${md(a.label)}`)];
  const rows = [
    ...doc.comparison.rows.map((row) => ({
      name: rowLabel(row.row, t),
      cells: row.cells,
      winner: doc.winners.rows[row.row],
    })),
    { name: `**${t('report.total')}**`, cells: doc.comparison.total, winner: doc.winners.total },
  ].map(({ name, cells, winner }) => [
    name,
    ...cells.map((cell, i) => cellText(cell, cells, metric, i, context)),
    ...(withWinner ? [md(winnerText(winner, context))] : []),
  ]);
  const align = ['l', ...doc.audits.map(() => 'r'), ...(withWinner ? ['l'] : [])] as ('l' | 'r')[];
  return table([...head, ...(withWinner ? [t('report.winner')] : [])], align, rows);
}

function findingLine(finding: ReportFinding, context: TextContext): string {
  const { t } = context;
  const place = finding.place;
  const where = place ? `${rowLabel(place.row, t)}, ${md(findingPlaceText(finding, t))}` : findingPlaceText(finding, t);
  const href = place ? httpUrl(place.url) : undefined;
  const link = href ? ` ([${md(place!.url)}](${markdownHref(href)}))` : '';
  const source = finding.rule
    ? t('findings.source', { name: finding.rule.source.name, year: finding.rule.source.year })
    : t('findings.manual');
  const note = finding.note ? ` ${md(finding.note)}` : '';
  return `- **${severityText(finding.severity, t)}**: ${md(findingHeadline(finding, context))}. ${where}${link}.${note} _${source}_`;
}

function findingsOf(audit: DocumentAudit, i: number, context: TextContext): string {
  const lines = audit.topFindings.length
    ? audit.topFindings.map((f) => findingLine(f, context))
    : [context.t('report.noFindings')];
  return [`### ${i + 1} ${md(audit.label)}`, '', ...lines].join('\n');
}

function glance(context: TextContext): string[] {
  const { doc, t } = context;
  const gaps = doc.gaps.map((g) => `- ${g.better ? '▲' : '▼'} ${md(gapText(g, context))}`);
  return [
    `## ${t('report.atAGlance')}`,
    '',
    `**${md(verdictText(context))}**`,
    ...(gaps.length ? ['', `${t('report.biggestGaps')}:`, '', ...gaps] : []),
  ];
}

function beforeAfter(context: TextContext): string[] {
  const { doc, t } = context;
  const pair = doc.beforeAfter;
  if (!pair) return [];
  const list = (title: string, items: readonly string[]) => [
    `### ${title}`,
    '',
    ...(items.length ? items.map((item) => `- ${md(item)}`) : [t('report.nothing')]),
    '',
  ];
  const lead = t('report.beforeAfterLead', { before: labelOf(doc, pair.beforeId), after: labelOf(doc, pair.afterId) });
  return [
    `## ${t('report.beforeAfter')}`,
    '',
    md(lead),
    '',
    ...list(
      t('report.better'),
      pair.changes.better.map((c) => changeText(c, context)),
    ),
    ...list(
      t('report.worse'),
      pair.changes.worse.map((c) => changeText(c, context)),
    ),
    ...list(
      t('report.rowsGone'),
      pair.changes.rowsGone.map((r) => changedRowLabel(r, t)),
    ),
    ...list(
      t('report.rowsNew'),
      pair.changes.rowsNew.map((r) => changedRowLabel(r, t)),
    ),
  ];
}

/**
 * A report as a Markdown summary for tickets and wikis: the audits, the verdict and biggest differences, the score
 * and the time stage by stage with each row's winner, the top findings, and before/after. Page text is escaped so
 * that it stays text; charts and screenshots are left to the HTML report.
 */
export function markdownReport(doc: ReportDocument, { t, locale }: ChartContext): string {
  const context: TextContext = { doc, t, locale };
  const made = formatDateTime(doc.madeAt, locale);
  const lines = [
    `# ${t('report.title')}`,
    '',
    t('report.madeAt', { date: made, count: doc.audits.length }),
    '',
    auditsTable(context),
    '',
    ...glance(context),
    '',
    `## ${t('report.comparison')}`,
    '',
    `### ${t('report.metric.score')}`,
    '',
    metricTable('score', true, context),
    '',
    `### ${t('report.metric.timeMs')}`,
    '',
    metricTable('timeMs', false, context),
    '',
    `## ${t('report.topFindings')}`,
    '',
    ...doc.audits.flatMap((audit, i) => [findingsOf(audit, i, context), '']),
    ...beforeAfter(context),
    `_${t('report.markdownCharts')}_`,
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

/** The Markdown summary of the given audits as a file: `shopwalk-report-<day>.md`, UTF-8. */
export function markdownReportFile(
  records: readonly ReportRecords[],
  { baselineId, locale, now }: ReportFileOptions,
): ReportFile {
  const doc = reportDocument(records, { ...(baselineId === undefined ? {} : { baselineId }), now });
  return {
    fileName: reportFileName('md', now),
    text: markdownReport(doc, { t: translator(locale), locale }),
    type: 'text/markdown;charset=utf-8',
  };
}
