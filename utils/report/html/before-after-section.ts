import { rowLabel } from '../row-label';
import type { RowKey } from '../row-key';
import type { HtmlContext } from './html-context';
import { changeText, labelOf } from '../report-texts';
import { escaped, type Markup } from './markup';

/** The cue beside colour for which way a change points. */
const ARROWS: Readonly<Record<string, string>> = { better: '▲', worse: '▼' };

function list(title: string, className: string, items: readonly string[], context: HtmlContext): Markup {
  const body = items.length
    ? escaped`<ul class="changes">
        ${items.map((item) => escaped`<li class="${className}">${ARROWS[className] ? escaped`<span class="arrow" aria-hidden="true">${ARROWS[className]}</span>` : ''}<span>${item}</span></li>`)}
      </ul>`
    : escaped`<p class="none">${context.t('report.nothing')}</p>`;
  return escaped`<div class="change-list">
    <h3>${title}</h3>
    ${body}
  </div>`;
}

/** Two audits of one shop: what got better, then what got worse, the biggest first; steps gone and new. */
export function beforeAfterSection(context: HtmlContext): Markup | '' {
  const { doc, t } = context;
  const pair = doc.beforeAfter;
  if (!pair) return '';
  const rows = (keys: readonly RowKey[]) => keys.map((row) => rowLabel(row, t));
  const lead = t('report.beforeAfterLead', { before: labelOf(doc, pair.beforeId), after: labelOf(doc, pair.afterId) });
  return escaped`<section id="before-after">
    <h2>${t('report.beforeAfter')}</h2>
    <p>${lead}</p>
    <div class="columns">
      ${[
        list(
          t('report.better'),
          'better',
          pair.changes.better.map((c) => changeText(c, context)),
          context,
        ),
        list(
          t('report.worse'),
          'worse',
          pair.changes.worse.map((c) => changeText(c, context)),
          context,
        ),
        list(t('report.rowsGone'), '', rows(pair.changes.rowsGone), context),
        list(t('report.rowsNew'), '', rows(pair.changes.rowsNew), context),
      ]}
    </div>
  </section>`;
}
