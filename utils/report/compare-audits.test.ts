import { describe, expect, it } from 'vitest';
import { alignByStage } from './align-by-stage';
import { compareAudits, type ComparedCell } from './compare-audits';
import type { Metric } from './metrics';
import { clicks, contact, fields, page, reportAudit, T0 } from './support/test-audit';

const rated = (points: 1 | 3 | 5) => ({ ratings: { 'waiting-explained': points } });

const own = alignByStage(
  reportAudit('own', [
    page('o-entry', 'entry', 10_000, { ...clicks(2), ...rated(5) }),
    page('o-cart', 'cart', 20_000, { ...clicks(5), ...rated(3) }),
    page('o-address', 'checkout-address', 30_000, fields(12)),
    contact('o-call', 'hotline', 60_000, 60_000),
  ]),
  T0,
);
const rival = alignByStage(
  reportAudit('rival', [
    page('r-entry', 'entry', 5_000, { ...clicks(2), ...rated(5) }),
    page('r-product', 'product', 8_000),
    page('r-cart', 'cart', 20_000, clicks(3)),
  ]),
  T0,
);
const third = alignByStage(
  reportAudit('third', [
    page('t-entry', 'entry', 10_000, clicks(4)),
    page('t-address', 'checkout-address', 40_000, fields(8)),
  ]),
  T0,
);

/** [value, difference, best] of each audit's cell, baseline first. */
const column = (cells: ComparedCell[], metric: Metric) =>
  cells.map(({ metrics }) => [metrics[metric].value, metrics[metric].difference, metrics[metric].best]);

describe('compareAudits', () => {
  const comparison = compareAudits(own, [rival, third]);
  const row = (key: string) => comparison.rows.find((r) => r.row === key)?.cells ?? [];

  it('has every row any audit visited, in journey order, the baseline first in each', () => {
    expect(comparison.baselineId).toBe('own');
    expect(comparison.rows.map((r) => r.row)).toEqual(['entry', 'product', 'cart', 'checkout-address', 'hotline']);
    expect(row('entry').map((c) => c.auditId)).toEqual(['own', 'rival', 'third']);
  });

  it('gives each value its difference to the baseline and marks the best', () => {
    expect(column(row('entry'), 'timeMs')).toEqual([
      [10_000, 0, false],
      [5_000, -5_000, true],
      [10_000, 0, false],
    ]);
    expect(column(row('checkout-address'), 'fields')).toEqual([
      [12, 0, false],
      [undefined, undefined, false],
      [8, -4, true],
    ]);
  });

  it('marks every audit of a tie as best', () => {
    expect(column(row('entry'), 'clicks')).toEqual([
      [2, 0, true],
      [2, 0, true],
      [4, 2, false],
    ]);
  });

  it('shows a skipped stage as a gap that is never best and has no difference', () => {
    const product = row('product');
    expect(product.map((c) => c.figures === undefined)).toEqual([true, false, true]);
    expect(column(product, 'timeMs')).toEqual([
      [undefined, undefined, false],
      [8_000, undefined, true],
      [undefined, undefined, false],
    ]);
  });

  it('compares a contact off the web only with contacts of its channel', () => {
    expect(column(row('hotline'), 'timeMs')).toEqual([
      [120_000, 0, true],
      [undefined, undefined, false],
      [undefined, undefined, false],
    ]);
  });

  it('compares the whole journeys with the audit scores, higher being better', () => {
    expect(column(comparison.total, 'score')).toEqual([
      [75, 0, false],
      [100, 25, true],
      [undefined, undefined, false],
    ]);
    expect(column(comparison.total, 'timeMs')).toEqual([
      [180_000, 0, false],
      [33_000, -147_000, true],
      [50_000, -130_000, false],
    ]);
  });

  it('compares one audit with nothing: every value it has is the best', () => {
    const alone = compareAudits(own, []);
    expect(alone.rows.map((r) => r.cells.length)).toEqual([1, 1, 1, 1]);
    expect(column(alone.total, 'clicks')).toEqual([[7, 0, true]]);
  });
});
