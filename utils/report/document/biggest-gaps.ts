import { changeSize, type ChangedRow } from '../before-after';
import type { ComparedCell, Comparison } from '../compare-audits';
import { isBetter, METRICS, type Metric } from '../metrics';

/** One audit's figure that differs from the baseline's in one row (or the whole journey). */
export interface Gap {
  auditId: string;
  row: ChangedRow;
  metric: Metric;
  value: number;
  baseline: number;
  /** Whether the audit does better than the baseline here. */
  better: boolean;
}

/** How many differences a report leads with. */
export const BIGGEST_GAPS = 5;

function gapsIn(row: ChangedRow, cells: readonly ComparedCell[]): Gap[] {
  const [baseline, ...others] = cells;
  if (!baseline) return [];
  return others.flatMap((cell) =>
    METRICS.flatMap((metric) => {
      const value = cell.metrics[metric].value;
      const base = baseline.metrics[metric].value;
      if (value === undefined || base === undefined || value === base) return [];
      return [{ auditId: cell.auditId, row, metric, value, baseline: base, better: isBetter(metric, value, base) }];
    }),
  );
}

/**
 * The largest differences between the other audits and the baseline, in rows both visited and over the whole
 * journey: by size relative to the larger value (changeSize, as before/after ranks changes), so that 0 → 5 clicks
 * outranks 60 → 40 s; equal sizes by the larger absolute difference.
 */
export function biggestGaps(comparison: Comparison, count = BIGGEST_GAPS): Gap[] {
  const gaps = [...gapsIn('total', comparison.total), ...comparison.rows.flatMap((row) => gapsIn(row.row, row.cells))];
  const size = (g: Gap) => changeSize({ before: g.baseline, after: g.value });
  return gaps
    .sort((a, b) => size(b) - size(a) || Math.abs(b.value - b.baseline) - Math.abs(a.value - a.baseline))
    .slice(0, count);
}
