import type { CxDimension } from '../../model/scorecard';
import type { ChartBuilder } from './report-chart';
import { scoreBar, scoreBarChart } from './score-bars';

/**
 * Score per customer-experience dimension for each shop: every dimension some audit has a score on, in the order
 * the scorecards list them; a gap where an audit rated nothing on it (or its card lacks the dimension).
 */
export const dimensionChart: ChartBuilder = (doc, context) => {
  const dimensions = [
    ...new Set<CxDimension>(
      doc.audits.flatMap((a) => a.dimensions.flatMap((d) => (d.score === undefined ? [] : [d.dimension]))),
    ),
  ];
  if (dimensions.length === 0) return undefined;
  return scoreBarChart(doc, context, {
    key: 'dimensions',
    title: context.t('report.chart.dimensions'),
    desc: context.t('report.chart.dimensionsDesc'),
    groups: dimensions.map((dimension) => ({
      label: context.t(`dimension.${dimension}`),
      bars: doc.audits.map((audit, i) =>
        scoreBar(i, audit.dimensions.find((d) => d.dimension === dimension)?.score, context),
      ),
    })),
  });
};
