import { rowLabel } from '../row-label';
import type { ChartBuilder } from './report-chart';
import { scoreBar, scoreBarChart } from './score-bars';

/** Score per stage for each shop: the stages somebody has a score in, in journey order; a gap where one has none. */
export const stageScoreChart: ChartBuilder = (doc, context) => {
  const rows = doc.comparison.rows.filter((row) => row.cells.some((cell) => cell.metrics.score.value !== undefined));
  if (rows.length === 0) return undefined;
  return scoreBarChart(doc, context, {
    key: 'stage-scores',
    title: context.t('report.chart.stageScores'),
    desc: context.t('report.chart.stageScoresDesc'),
    groups: rows.map((row) => ({
      label: rowLabel(row.row, context.t),
      bars: row.cells.map((cell, i) => scoreBar(i, cell.metrics.score.value, context)),
    })),
  });
};
