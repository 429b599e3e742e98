import { rowLabel } from '../row-label';
import type { HtmlContext } from './html-context';
import { gapText, verdictText } from '../report-texts';
import { escaped, type Markup } from './markup';

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
  const { doc, t } = context;
  if (doc.gaps.length === 0) return '';
  const items = doc.gaps.map((gap) => {
    const text = gapText(gap, context);
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
    <p class="verdict">${verdictText(context)}</p>
    ${stagesWon(context)}${gaps(context)}
  </section>`;
}
