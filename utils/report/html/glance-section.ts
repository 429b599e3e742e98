import { formatDifference, formatMetric } from '../format-metric';
import { rowLabel } from '../row-label';
import type { RowKey } from '../row-key';
import { labelOf, type HtmlContext } from './html-context';
import { escaped, type Markup } from './markup';

function verdict({ doc, t }: HtmlContext): string {
  const total = doc.winners.total;
  if (total.kind === 'audit') return t('report.overallWinner', { shop: labelOf(doc, total.auditId) });
  return total.kind === 'tie' ? t('report.overallTie') : t('report.overallNone');
}

/** Each audit that won stages, with the stages it won, in the order of the audits. */
function stagesWon(context: HtmlContext): Markup | '' {
  const { doc, t } = context;
  const won = doc.audits.flatMap((audit) => {
    const rows = doc.comparison.rows
      .filter((row) => {
        const winner = doc.winners.rows[row.row];
        return winner?.kind === 'audit' && winner.auditId === audit.id;
      })
      .map((row) => rowLabel(row.row, t));
    return rows.length ? [escaped`<li><strong>${audit.label}</strong>: ${rows.join(', ')}</li>`] : [];
  });
  return won.length
    ? escaped`<h3>${t('report.stagesWon')}</h3>
        <ul>
          ${won}
        </ul>`
    : '';
}

function gaps(context: HtmlContext): Markup | '' {
  const { doc, t, locale } = context;
  if (doc.gaps.length === 0) return '';
  const items = doc.gaps.map((gap) => {
    const text = t('report.gapItem', {
      shop: labelOf(doc, gap.auditId),
      row: gap.row === 'total' ? t('report.total') : rowLabel(gap.row as RowKey, t),
      metric: t(`report.metric.${gap.metric}`),
      value: formatMetric(gap.metric, gap.value, locale),
      baseline: formatMetric(gap.metric, gap.baseline, locale),
      difference: formatDifference(gap.metric, gap.value - gap.baseline, locale),
    });
    return escaped`<li class="${gap.better ? 'better' : 'worse'}">
      <span class="arrow" aria-hidden="true">${gap.better ? '▲' : '▼'}</span> ${text}
    </li>`;
  });
  return escaped`<h3>${t('report.biggestGaps')}</h3>
    <ul class="changes">
      ${items}
    </ul>`;
}

/** The verdict first: who did best overall and per stage, and where the others differ most from the baseline. */
export function glanceSection(context: HtmlContext): Markup {
  return escaped`<section id="glance">
    <h2>${context.t('report.atAGlance')}</h2>
    <p class="verdict">${verdict(context)}</p>
    ${stagesWon(context)}${gaps(context)}
  </section>`;
}
