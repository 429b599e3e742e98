import { describe, expect, it } from 'vitest';
import type { ComparedCell } from './compare-audits';
import { METRICS, type MetricValues } from './metrics';
import { rowWinner } from './row-winner';

/** An audit's cell of a row; `values` undefined: it skipped the row. */
function cell(auditId: string, values?: MetricValues): ComparedCell {
  const metrics = Object.fromEntries(METRICS.map((m) => [m, { value: values?.[m], best: false }]));
  return {
    auditId,
    ...(values ? { figures: { values, findingsBySeverity: [0, 0, 0, 0, 0], touchpointIds: [] } } : {}),
    metrics: metrics as ComparedCell['metrics'],
  };
}

describe('rowWinner', () => {
  it('gives the row to the higher score, whatever the time', () => {
    const cells = [cell('own', { score: 60, timeMs: 1_000 }), cell('rival', { score: 80, timeMs: 9_000 })];
    expect(rowWinner(cells)).toEqual({ kind: 'audit', auditId: 'rival' });
  });

  it('decides equal scores by fewer finding points, then by less time', () => {
    const byFindings = [
      cell('own', { score: 80, findingPoints: 6, timeMs: 1_000 }),
      cell('rival', { score: 80, findingPoints: 3, timeMs: 9_000 }),
    ];
    expect(rowWinner(byFindings)).toEqual({ kind: 'audit', auditId: 'rival' });
    const byTime = [
      cell('own', { score: 80, findingPoints: 3, timeMs: 1_000 }),
      cell('rival', { score: 80, findingPoints: 3, timeMs: 9_000 }),
      cell('third', { score: 70, findingPoints: 0, timeMs: 500 }),
    ];
    expect(rowWinner(byTime)).toEqual({ kind: 'audit', auditId: 'own' });
  });

  it('skips a metric one contender lacks instead of reading the gap as a zero', () => {
    const cells = [cell('own', { findingPoints: 0, timeMs: 9_000 }), cell('rival', { score: 90, findingPoints: 3 })];
    expect(rowWinner(cells)).toEqual({ kind: 'audit', auditId: 'own' });
  });

  it('never gives the row to an audit that skipped it, and needs two that visited it', () => {
    expect(rowWinner([cell('own'), cell('rival', { score: 10 }), cell('third', { score: 20 })])).toEqual({
      kind: 'audit',
      auditId: 'third',
    });
    expect(rowWinner([cell('own'), cell('rival', { score: 10 })])).toEqual({ kind: 'none' });
    expect(rowWinner([cell('own', { score: 10 })])).toEqual({ kind: 'none' });
  });

  it('calls a tie when every deciding metric is equal', () => {
    const same = { score: 75, findingPoints: 3, timeMs: 4_000 };
    expect(rowWinner([cell('own', same), cell('rival', same)])).toEqual({ kind: 'tie' });
  });
});
