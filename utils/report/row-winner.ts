import type { ComparedCell } from './compare-audits';
import { isBetter, type Metric } from './metrics';

/** Who did best in a row: one audit, a tie, or nobody, when fewer than two audits visited the row. */
export type RowWinner = { kind: 'audit'; auditId: string } | { kind: 'tie' } | { kind: 'none' };

/**
 * What decides a row, in order: the score (what the auditor judged), then how much went wrong (finding points),
 * then the customer's time. Clicks, pages and fields are left out: they are causes the report shows beside, not a
 * verdict of their own (fewer fields can mean a worse checkout that asks later).
 */
export const DECIDING_METRICS: readonly Metric[] = ['score', 'findingPoints', 'timeMs'];

/**
 * The winner of a row among the audits that visited it (an audit that skipped the row cannot win it, and a gap is
 * never read as a zero). Each deciding metric in turn keeps the contenders with the best value; a metric that any
 * contender lacks is skipped, so that a score the auditor left out does not hand the row to the others.
 */
export function rowWinner(cells: readonly ComparedCell[]): RowWinner {
  let contenders = cells.filter((cell) => cell.figures !== undefined);
  if (contenders.length < 2) return { kind: 'none' };
  for (const metric of DECIDING_METRICS) {
    const values = contenders.map((cell) => cell.metrics[metric].value);
    if (values.some((value) => value === undefined)) continue;
    const present = values as number[];
    const best = present.reduce((a, b) => (isBetter(metric, b, a) ? b : a));
    contenders = contenders.filter((_, i) => present[i] === best);
    if (contenders.length === 1) return { kind: 'audit', auditId: contenders[0]!.auditId };
  }
  return { kind: 'tie' };
}
