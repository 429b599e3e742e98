import { describe, expect, it } from 'vitest';
import { twoShopsDocument } from '../support/test-report';
import { biggestGaps } from './biggest-gaps';

describe('biggestGaps', () => {
  const doc = twoShopsDocument();

  it('leads with the largest relative differences to the baseline, saying which way each points', () => {
    expect(biggestGaps(doc.comparison, 3)).toEqual([
      { auditId: 'rival', row: 'total', metric: 'findingPoints', value: 0, baseline: 12, better: true },
      { auditId: 'rival', row: 'checkout-address', metric: 'findingPoints', value: 0, baseline: 12, better: true },
      { auditId: 'rival', row: 'total', metric: 'timeMs', value: 35_000, baseline: 245_000, better: true },
    ]);
  });

  it('compares only rows both visited: a skipped stage is no difference', () => {
    expect(biggestGaps(doc.comparison, 100).some((g) => g.row === 'product' || g.row === 'hotline')).toBe(false);
  });

  it('has nothing to say about a baseline alone', () => {
    expect(biggestGaps({ ...doc.comparison, rows: [], total: doc.comparison.total.slice(0, 1) })).toEqual([]);
  });
});
