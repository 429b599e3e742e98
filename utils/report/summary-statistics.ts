import { figuresIn, rowsOfAny, type AlignedAudit } from './align-by-stage';
import { BETTER, METRICS, type Metric } from './metrics';
import type { RowFigures } from './row-figures';
import type { RowKey } from './row-key';

/** One metric over the audits that have a value for it. */
export interface MetricStatistics {
  median: number;
  best: number;
  worst: number;
  /** How many audits had a value (the others had a gap and are left out). */
  audits: number;
}

export type RowStatistics = Partial<Record<Metric, MetricStatistics>>;

export interface ScenarioStatistics {
  audits: number;
  /** Rows at least one audit visited, in report order; a metric nobody measured in a row is absent. */
  rows: { row: RowKey; visitedBy: number; metrics: RowStatistics }[];
  total: RowStatistics;
}

/** The middle value; of an even count, the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? NaN) + upper) / 2;
}

function statistics(metric: Metric, values: readonly number[]): MetricStatistics {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const lowerIsBetter = BETTER[metric] === 'lower';
  return {
    median: median(values),
    best: lowerIsBetter ? low : high,
    worst: lowerIsBetter ? high : low,
    audits: values.length,
  };
}

function rowStatistics(figures: readonly RowFigures[]): RowStatistics {
  const entries = METRICS.flatMap((metric) => {
    const values = figures.flatMap((f) => f.values[metric] ?? []);
    return values.length === 0 ? [] : [[metric, statistics(metric, values)] as const];
  });
  return Object.fromEntries(entries);
}

/**
 * Median, best and worst per row and metric across many audits of one scenario. Gaps are left out, not counted as
 * zeros: the median time of the hotline row is over the audits that called the hotline.
 */
export function summarizeAudits(audits: readonly AlignedAudit[]): ScenarioStatistics {
  const rows = rowsOfAny(audits).map((row) => {
    const figures = audits.flatMap((a) => figuresIn(a, row) ?? []);
    return { row, visitedBy: figures.length, metrics: rowStatistics(figures) };
  });
  return { audits: audits.length, rows, total: rowStatistics(audits.map((a) => a.total)) };
}
