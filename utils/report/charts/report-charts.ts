import type { ReportDocument } from '../document/report-document';
import { checkoutFieldsChart } from './checkout-fields-chart';
import { dimensionChart } from './dimension-chart';
import type { ChartBuilder, ChartContext, ReportChart } from './report-chart';
import { stageScoreChart } from './stage-score-chart';
import { timelineChart } from './timeline-chart';
import { vitalsChart } from './vitals-chart';

/** The charts of a report, in the order it shows them: verdicts first, then how the journeys went, then measurements. */
export const CHARTS: readonly ChartBuilder[] = [
  stageScoreChart,
  dimensionChart,
  timelineChart,
  checkoutFieldsChart,
  vitalsChart,
];

/** Every chart the report has data for; a chart without data is left out rather than drawn empty. */
export function reportCharts(doc: ReportDocument, context: ChartContext): ReportChart[] {
  return CHARTS.flatMap((chart) => chart(doc, context) ?? []);
}
