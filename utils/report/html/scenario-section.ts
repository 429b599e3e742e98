import type { ScenarioGroup } from '../document/report-document';
import { formatMetric } from '../format-metric';
import type { Metric } from '../metrics';
import { rowLabel } from '../row-label';
import type { MetricStatistics, RowStatistics } from '../summary-statistics';
import type { HtmlContext } from './html-context';
import { escaped, type Markup } from './markup';

const SHOWN: readonly Metric[] = ['timeMs', 'clicks', 'fields', 'findingPoints', 'score'];

function statisticsCell(metric: Metric, stats: MetricStatistics | undefined, { locale, t }: HtmlContext): Markup {
  if (!stats) return escaped`<td class="num gap">—</td>`;
  const f = (v: number) => formatMetric(metric, v, locale);
  return escaped`<td class="num">
    ${f(stats.median)}<span class="range" title="${t('report.bestValue')} – ${t('report.worstValue')}"
      >${f(stats.best)} – ${f(stats.worst)}</span
    >
  </td>`;
}

function statisticsRow(name: string, visitedBy: number | string, metrics: RowStatistics, context: HtmlContext) {
  return escaped`<tr>
    <th scope="row">${name}</th>
    <td class="num">${visitedBy}</td>
    ${SHOWN.map((m) => statisticsCell(m, metrics[m], context))}
  </tr>`;
}

function group(scenario: ScenarioGroup, context: HtmlContext): Markup {
  const { t } = context;
  const { statistics } = scenario;
  const head = SHOWN.map((m) => escaped`<th scope="col" class="num">${t(`report.metric.${m}`)}</th>`);
  const rows = statistics.rows.map((row) => statisticsRow(rowLabel(row.row, t), row.visitedBy, row.metrics, context));
  const total = statisticsRow(t('report.total'), statistics.audits, statistics.total, context);
  return escaped`<h3>${scenario.scenario}</h3>
    <p>
      ${t('report.scenarioLead', { scenario: scenario.scenario, count: statistics.audits })} ${t('report.median')};
      ${t('report.bestValue')} – ${t('report.worstValue')}.
    </p>
    <table class="statistics">
      <thead>
        <tr>
          <th scope="col">${t('stage.label')}</th>
          <th scope="col" class="num">${t('report.visitedBy')}</th>
          ${head}
        </tr>
      </thead>
      <tbody>
        ${rows}${total}
      </tbody>
    </table>`;
}

/** Median, best and worst per stage for each scenario walked three times or more. */
export function scenarioSection(context: HtmlContext): Markup | '' {
  if (context.doc.scenarios.length === 0) return '';
  return escaped`<section id="scenarios">
    <h2>${context.t('report.scenarioStatistics')}</h2>
    ${context.doc.scenarios.map((s) => group(s, context))}
  </section>`;
}
