import type { ComparedCell } from '../compare-audits';
import { formatDifference, formatMetric } from '../format-metric';
import { METRICS, type Metric, type SeverityCounts } from '../metrics';
import { rowLabel } from '../row-label';
import type { RowWinner } from '../row-winner';
import { auditSwatch } from './audit-swatch';
import type { HtmlContext } from './html-context';
import { marksBest, winnerText } from '../report-texts';
import { escaped, type Markup } from './markup';

/** Above this many audits the table is set smaller and fixed, so that ten of them still fit an A4 page's width. */
const DENSE_FROM = 5;

/** The figures under a stage's score, in METRICS order; the score leads the stage's own row. */
const FIGURES = METRICS.filter((m) => m !== 'score');

function valueCell(
  cell: ComparedCell,
  cells: readonly ComparedCell[],
  metric: Metric,
  baseline: boolean,
  context: HtmlContext,
) {
  const value = cell.metrics[metric];
  if (value.value === undefined) return escaped`<td class="num gap">—</td>`;
  const difference =
    !baseline && value.difference !== undefined
      ? escaped`<span class="diff">${formatDifference(metric, value.difference, context.locale)}</span>`
      : '';
  const shown = formatMetric(metric, value.value, context.locale);
  const best = marksBest(cell, cells, metric);
  const star = best ? escaped` <span class="best">★<span class="sr"> ${context.t('report.best')}</span></span>` : '';
  return escaped`<td class="num${best ? ' is-best' : ''}">${shown}${star}${difference}</td>`;
}

function severities(counts: SeverityCounts, { t }: HtmlContext): string {
  const parts = counts.flatMap((count, severity) =>
    count === 0 ? [] : [t('report.severityCount', { count, word: t(`severity.${severity as 0 | 1 | 2 | 3 | 4}`) })],
  );
  return parts.length ? parts.reverse().join(', ') : '0';
}

/** A stage's (or the journey's) head row: its name, each audit's score or "— not visited", and the winner. */
function headRow(
  key: string,
  name: string,
  cells: readonly ComparedCell[],
  winner: RowWinner | undefined,
  context: HtmlContext,
) {
  const scores = cells.map((cell, i) =>
    cell.figures === undefined
      ? escaped`<td class="num gap">— ${context.t('report.notVisited')}</td>`
      : valueCell(cell, cells, 'score', i === 0, context),
  );
  return escaped`<tr class="stage" data-row="${key}">
    <th scope="rowgroup">${name}</th>
    ${scores}
    <td data-cell="winner">${winnerText(winner, context)}</td>
  </tr>`;
}

function figureRows(cells: readonly ComparedCell[], context: HtmlContext): Markup[] {
  const rows = FIGURES.filter((metric) => cells.some((c) => c.metrics[metric].value !== undefined)).map(
    (metric) =>
      escaped`<tr data-metric="${metric}">
        <th scope="row">${context.t(`report.metric.${metric}`)}</th>
        ${cells.map((cell, i) => valueCell(cell, cells, metric, i === 0, context))}
        <td></td>
      </tr>`,
  );
  const findings = cells.map((cell) =>
    cell.figures
      ? escaped`<td class="num severities">${severities(cell.figures.findingsBySeverity, context)}</td>`
      : escaped`<td class="num gap">—</td>`,
  );
  return [
    ...rows,
    escaped`<tr data-metric="findings">
      <th scope="row">${context.t('report.findingsBySeverity')}</th>
      ${findings}
      <td></td>
    </tr>`,
  ];
}

/**
 * The comparison, one block per stage (and one for the whole journey): a head row with each audit's score and the
 * winner, then time, pages, clicks, fields, interruptions and finding points, each with its difference to the
 * baseline and ★ on the best. A stage an audit skipped reads "— not visited", never a zero.
 */
export function comparisonTable(context: HtmlContext): Markup {
  const { doc, t } = context;
  const header = doc.audits.map(
    (audit, i) =>
      escaped`<th scope="col" class="num">
        ${auditSwatch(i)} ${audit.label}${i === 0 ? escaped`<span class="role">${t('report.baseline')}</span>` : ''}
      </th>`,
  );
  const stages = doc.comparison.rows.map(
    (row) =>
      escaped`<tbody>
        ${headRow(row.row, rowLabel(row.row, t), row.cells, doc.winners.rows[row.row], context)}${figureRows(row.cells, context)}
      </tbody>`,
  );
  const total = escaped`<tbody class="total">
    ${headRow('total', t('report.total'), doc.comparison.total, doc.winners.total, context)}${figureRows(doc.comparison.total, context)}
  </tbody>`;
  const dense = doc.audits.length > DENSE_FROM ? ' dense' : '';
  return escaped`<table class="comparison${dense}">
    <thead>
      <tr>
        <th scope="col">${t('stage.label')}</th>
        ${header}
        <th scope="col">${t('report.winner')}</th>
      </tr>
    </thead>
    ${stages}${total}
  </table>`;
}
