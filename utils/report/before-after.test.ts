import { describe, expect, it } from 'vitest';
import { finding } from '../scoring/support/test-findings';
import { alignByStage } from './align-by-stage';
import { changeSize, compareBeforeAfter } from './before-after';
import { clicks, fields, overlay, page, reportAudit, T0 } from './support/test-audit';

/** The same shop before and after a relaunch: the forced account went, the address form shrank, a popup went. */
const before = alignByStage(
  reportAudit(
    'before',
    [
      page('entry', 'entry', 10_000, { ...clicks(2), interruptions: [overlay('newsletter')] }),
      page('account', 'checkout-account', 20_000, fields(5)),
      page('address', 'checkout-address', 60_000, { ...clicks(10), ...fields(14) }),
    ],
    [finding({ touchpointId: 'account', ruleId: 'forced-account', severity: 4 })],
  ),
  T0,
);
const after = alignByStage(
  reportAudit('after', [
    page('entry', 'entry', 10_000, { ...clicks(3), interruptions: [] }),
    page('address', 'checkout-address', 30_000, { ...clicks(10), ...fields(8) }),
    page('thanks', 'confirmation', 5_000),
  ]),
  T0,
);

const listed = (changes: { row: string; metric: string; before: number; after: number }[]) =>
  changes.map(({ row, metric, before, after }) => `${row} ${metric} ${before} → ${after}`);

describe('compareBeforeAfter', () => {
  const changes = compareBeforeAfter(before, after);

  it('lists the improvements, the biggest first, the whole journey before a stage on a tie', () => {
    expect(listed(changes.better)).toEqual([
      'total findingPoints 24 → 0',
      'total interruptions 1 → 0',
      'entry interruptions 1 → 0',
      'total fields 19 → 8',
      'total timeMs 90000 → 45000',
      'checkout-address timeMs 60000 → 30000',
      'checkout-address fields 14 → 8',
    ]);
  });

  it('lists the regressions, the worst first', () => {
    expect(listed(changes.worse)).toEqual(['entry clicks 2 → 3', 'total clicks 12 → 13']);
  });

  it('names the stages that went and came instead of comparing them with zero', () => {
    expect(changes.rowsGone).toEqual(['checkout-account']);
    expect(changes.rowsNew).toEqual(['confirmation']);
  });

  it('does not list a score that only one of the audits has', () => {
    expect(before.total.values.score).toBe(76);
    expect(after.total.values.score).toBeUndefined();
    expect([...changes.better, ...changes.worse].some((c) => c.metric === 'score')).toBe(false);
  });

  it('lists nothing for an audit against itself', () => {
    expect(compareBeforeAfter(before, before)).toEqual({ better: [], worse: [], rowsGone: [], rowsNew: [] });
  });

  it('sizes a change relative to the larger value, so a change from zero is finite', () => {
    expect(changeSize({ before: 0, after: 5 })).toBe(1);
    expect(changeSize({ before: 60, after: 40 })).toBeCloseTo(1 / 3, 10);
    expect(changeSize({ before: 0, after: 0 })).toBe(0);
  });
});
