import { figuresIn, rowsOfAny, type AlignedAudit } from './align-by-stage';
import { markBest } from './best-values';
import { METRICS, type Metric } from './metrics';
import type { RowFigures } from './row-figures';
import type { RowKey } from './row-key';

/** One audit's value of one metric in one row, against the baseline's. */
export interface ComparedValue {
  /** Absent where the audit has a gap: it skipped the row, or nothing in the row measured the metric. */
  value?: number;
  /** value − the baseline's value; absent when either is a gap. The baseline's own is 0. */
  difference?: number;
  best: boolean;
}

/** One audit in one row: its figures (absent: it skipped the row) and each metric compared. */
export interface ComparedCell {
  auditId: string;
  figures?: RowFigures;
  metrics: Record<Metric, ComparedValue>;
}

export interface ComparedRow {
  row: RowKey;
  /** The baseline first, then the other audits in the order given. */
  cells: ComparedCell[];
}

export interface Comparison {
  baselineId: string;
  /** Every row that at least one audit has, in report order. */
  rows: ComparedRow[];
  /** The whole journeys, with the audits' scores. */
  total: ComparedCell[];
}

function comparedValue(value: number | undefined, baseline: number | undefined, best: boolean): ComparedValue {
  if (value === undefined) return { best };
  return baseline === undefined ? { value, best } : { value, difference: value - baseline, best };
}

/** The audits' cells of one row; `figures[0]` is the baseline's. */
function compareFigures(auditIds: readonly string[], figures: readonly (RowFigures | undefined)[]): ComparedCell[] {
  const byMetric = METRICS.map((metric) => {
    const values = figures.map((f) => f?.values[metric]);
    return { metric, values, best: markBest(metric, values) };
  });
  return auditIds.map((auditId, i) => {
    const own = figures[i];
    const metrics = Object.fromEntries(
      byMetric.map(({ metric, values, best }) => [metric, comparedValue(values[i], values[0], best[i] ?? false)]),
    ) as Record<Metric, ComparedValue>;
    return { auditId, ...(own ? { figures: own } : {}), metrics };
  });
}

/**
 * Audits side by side, row by row, against a baseline (usually the own shop): each metric's value, its difference to
 * the baseline and whether it is the best. Audits that skipped a row have a gap there, never a zero.
 */
export function compareAudits(baseline: AlignedAudit, others: readonly AlignedAudit[]): Comparison {
  const audits = [baseline, ...others];
  const ids = audits.map((a) => a.auditId);
  const rows = rowsOfAny(audits).map((row) => ({
    row,
    cells: compareFigures(
      ids,
      audits.map((a) => figuresIn(a, row)),
    ),
  }));
  return {
    baselineId: baseline.auditId,
    rows,
    total: compareFigures(
      ids,
      audits.map((a) => a.total),
    ),
  };
}
