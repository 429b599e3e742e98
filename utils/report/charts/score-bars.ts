import type { ReportDocument } from '../document/report-document';
import { formatNumber } from '../format-metric';
import { barPanel, type BarGroup } from './bar-panel';
import { chartFrame, legend } from './chart-frame';
import { barHeightFor, type ChartContext, type ReportChart } from './report-chart';

const SCORE_TICKS = [0, 25, 50, 75, 100];

/**
 * A chart of scores from 0 to 100 in groups (stages, dimensions), one bar per audit in the legend's order: the
 * shape the stage and dimension charts share.
 */
export function scoreBarChart(
  doc: ReportDocument,
  { locale }: ChartContext,
  chart: { key: string; title: string; desc: string; groups: BarGroup[] },
): ReportChart {
  const { node: key, height: legendHeight } = legend(
    chart.key,
    doc.audits.map((a) => a.label),
    0,
  );
  const panel = barPanel({
    key: chart.key,
    groups: chart.groups,
    max: 100,
    ticks: SCORE_TICKS.map((value) => ({ value, text: formatNumber(value, locale) })),
    top: legendHeight + 4,
    barHeight: barHeightFor(doc.audits.length),
  });
  const svg = chartFrame(chart.key, chart, legendHeight + 4 + panel.height, doc.audits.length, [key, ...panel.nodes]);
  return { key: chart.key, title: chart.title, svg };
}

/** A score bar: its value rounded as scores are shown, or a gap. */
export function scoreBar(audit: number, value: number | undefined, context: ChartContext) {
  return value === undefined
    ? { audit, text: '—' }
    : { audit, value, text: formatNumber(Math.round(value), context.locale) };
}
