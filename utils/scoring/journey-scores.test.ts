import { describe, expect, it } from 'vitest';
import type { Template } from '../model/scorecard';
import type { Touchpoint } from '../model/touchpoint';
import { scoreJourney } from './journey-scores';
import { finding } from './support/test-findings';
import { guestPurchase } from './templates/guest-purchase';

/** docs/scoring.md's worked example, term by term. */
const touchpoints: Pick<Touchpoint, 'id' | 'stage' | 'ratings'>[] = [
  {
    id: 'product',
    stage: 'product' as const,
    ratings: { 'product-facts': 4, 'product-images': 'na' as const, 'costs-early': 2, 'waiting-explained': 5 },
  },
  {
    id: 'cart',
    stage: 'cart' as const,
    ratings: {
      'costs-early': 5,
      'guest-path': 4,
      'total-clear': 5,
      'trust-signals': 3,
      'help-while-buying': 'na' as const,
    },
  },
  { id: 'address', stage: 'checkout-address' as const },
  { id: 'address-2', stage: 'checkout-address' as const },
];
const findings = [
  finding({ id: 'lcp', touchpointId: 'product', ruleId: 'slow-page', severity: 3 }),
  finding({ id: 'cls', touchpointId: 'product', ruleId: 'slow-page', severity: 2 }),
  finding({ id: 'help', touchpointId: 'cart', ruleId: 'no-help', severity: 2, verdict: 'proposed' }),
  finding({ id: 'own', touchpointId: 'address', source: 'auditor', ruleId: 'manual', severity: 1 }),
  finding({ id: 'long', ruleId: 'long-checkout', severity: 2 }),
  finding({ id: 'late', ruleId: 'late-cost', severity: 3, verdict: 'dismissed' }),
];

describe('scoreJourney', () => {
  const scores = scoreJourney(guestPurchase, touchpoints, findings);

  it('scores each touchpoint as the worked example says', () => {
    expect(scores.touchpoints.get('product')?.value).toBeCloseTo(400 / 7 - 12, 10); // 45.14
    expect(scores.touchpoints.get('cart')?.value).toBeCloseTo(925 / 11, 10); // 84.09
    expect(scores.touchpoints.get('address')?.value).toBe(97);
    expect(scores.touchpoints.get('address-2')?.value).toBeUndefined();
  });

  it('scores a stage as the mean of its scored touchpoints only', () => {
    expect(scores.stages.map(({ stage, score }) => [stage, score.value])).toEqual([
      ['product', 400 / 7 - 12],
      ['cart', 925 / 11],
      ['checkout-address', 97],
    ]);
    expect(scores.stages[2]?.score.parts).toEqual([{ id: 'address', score: 97 }]);
  });

  it('scores the audit as the mean of its stages less the confirmed journey findings: 69', () => {
    const mean = (400 / 7 - 12 + 925 / 11 + 97) / 3; // 75.41
    expect(scores.audit.base).toEqual({ from: 'parts', value: mean });
    expect(scores.audit.penalties.map((p) => [p.findingId, p.penalty])).toEqual([['long', 6]]);
    expect(scores.audit.value).toBeCloseTo(mean - 6, 10);
    expect(Math.round(scores.audit.value ?? NaN)).toBe(69);
  });

  it('has no audit score when nothing is rated and nothing confirmed', () => {
    const empty = scoreJourney(guestPurchase, [{ id: 'x', stage: 'entry' }], [finding({ verdict: 'proposed' })]);
    expect(empty.audit.value).toBeUndefined();
    expect(empty.stages.map((s) => [s.stage, s.score.parts])).toEqual([['entry', []]]);
    expect(empty.stages[0]?.score.value).toBeUndefined();
  });

  it('scores an audit with only journey findings from 100', () => {
    const only = scoreJourney(guestPurchase, [], [finding({ ruleId: 'forced-account', severity: 4 })]);
    expect(only.audit.value).toBe(76);
    expect(only.audit.base?.from).toBe('unrated');
  });

  it('keeps touchpoints without a stage in an unassigned stage, last', () => {
    const some = scoreJourney(
      guestPurchase,
      [
        { id: 'loose', ratings: { 'waiting-explained': 3 } },
        { id: 'entry', stage: 'entry', ratings: { 'search-finds': 5 } },
      ],
      [],
    );
    expect(some.stages.map((s) => [s.stage, s.score.value])).toEqual([
      ['entry', 100],
      ['unassigned', 50],
    ]);
    expect(some.audit.value).toBe(75);
  });

  it('has no score where every criterion that was rated weighs 0', () => {
    const weightless: Template = {
      ...guestPurchase,
      criteria: guestPurchase.criteria.map((c) => ({ ...c, weight: 0 })),
    };
    const none = scoreJourney(weightless, touchpoints.slice(0, 2), []);
    expect(none.audit.value).toBeUndefined();
    expect(none.touchpoints.get('cart')?.skipped).toContainEqual({ criterionId: 'guest-path', reason: 'zero-weight' });
  });
});
