import { figuresIn, rowsOfAny, type AlignedAudit } from './align-by-stage';
import { isBetter, METRICS, type Metric } from './metrics';
import type { RowFigures } from './row-figures';
import { ROW_ORDER, type RowKey } from './row-key';

/** A row of the report, or the whole journey. */
export type ChangedRow = RowKey | 'total';

/** One metric of one row that differs between the two audits. */
export interface Change {
  row: ChangedRow;
  metric: Metric;
  before: number;
  after: number;
}

/** What changed between two audits of one shop. */
export interface BeforeAfter {
  /** Improvements, the biggest first. */
  better: Change[];
  /** Regressions, the worst first. */
  worse: Change[];
  /** Rows only the earlier audit has (a step that went away) and rows only the later one has (a new step). */
  rowsGone: RowKey[];
  rowsNew: RowKey[];
}

/**
 * How big a change is, for ordering changes of different units: the difference relative to the larger of the two
 * values (0 to 1), so that 0 → 5 clicks (1) ranks above 60 → 40 s (0.33). Relative to `before` alone would make
 * every change from 0 infinitely big.
 */
export function changeSize({ before, after }: Pick<Change, 'before' | 'after'>): number {
  const scale = Math.max(Math.abs(before), Math.abs(after));
  return scale === 0 ? 0 : Math.abs(after - before) / scale;
}

const rowRank = (row: ChangedRow) => (row === 'total' ? -1 : ROW_ORDER.indexOf(row));

/** Biggest first; equal sizes by the larger absolute difference, then by row (the journey first) and metric. */
function byImpact(a: Change, b: Change): number {
  return (
    changeSize(b) - changeSize(a) ||
    Math.abs(b.after - b.before) - Math.abs(a.after - a.before) ||
    rowRank(a.row) - rowRank(b.row) ||
    METRICS.indexOf(a.metric) - METRICS.indexOf(b.metric)
  );
}

function changesIn(row: ChangedRow, before: RowFigures, after: RowFigures): Change[] {
  return METRICS.flatMap((metric) => {
    const b = before.values[metric];
    const a = after.values[metric];
    return a === undefined || b === undefined || a === b ? [] : [{ row, metric, before: b, after: a }];
  });
}

/**
 * Before against after, for two audits of one shop: every metric that changed in a row both audits have, and in
 * the whole journey, split into what got better and what got worse, the biggest changes first. A row one of them
 * lacks is listed as gone or new, not compared with a zero.
 */
export function compareBeforeAfter(before: AlignedAudit, after: AlignedAudit): BeforeAfter {
  const rows = rowsOfAny([before, after]);
  const changes = [...changesIn('total', before.total, after.total)];
  const rowsGone: RowKey[] = [];
  const rowsNew: RowKey[] = [];
  for (const row of rows) {
    const b = figuresIn(before, row);
    const a = figuresIn(after, row);
    if (b && a) changes.push(...changesIn(row, b, a));
    else if (b) rowsGone.push(row);
    else rowsNew.push(row);
  }
  const sorted = changes.sort(byImpact);
  return {
    better: sorted.filter((c) => isBetter(c.metric, c.after, c.before)),
    worse: sorted.filter((c) => isBetter(c.metric, c.before, c.after)),
    rowsGone,
    rowsNew,
  };
}
