import { describe, expect, it } from 'vitest';
import { guestPurchase } from './templates/guest-purchase';
import { scoreTouchpoint } from './touchpoint-score';
import { finding } from './support/test-findings';

const product = { id: 'tp-product', stage: 'product' as const };

describe('scoreTouchpoint', () => {
  it('works docs/scoring.md’s product page: 400/7 from the ratings, less 12 for the slow page, is 45.14', () => {
    const score = scoreTouchpoint(
      guestPurchase,
      { ...product, ratings: { 'product-facts': 4, 'product-images': 'na', 'costs-early': 2, 'waiting-explained': 5 } },
      [
        finding({ id: 'lcp', touchpointId: product.id, ruleId: 'slow-page', severity: 3 }),
        finding({ id: 'cls', touchpointId: product.id, ruleId: 'slow-page', severity: 2 }),
      ],
    );
    expect(score.base).toEqual({ from: 'ratings', value: 400 / 7 });
    expect(score.value).toBeCloseTo(400 / 7 - 12, 10);
    expect(Math.round(score.value ?? NaN)).toBe(45);
    expect(score.ratings.map((r) => [r.criterionId, r.points])).toEqual([
      ['product-facts', 75],
      ['costs-early', 25],
      ['waiting-explained', 100],
    ]);
    expect(score.skipped).toEqual([{ criterionId: 'product-images', reason: 'not-applicable' }]);
    expect(score.penalties.map((p) => [p.findingId, p.penalty])).toEqual([
      ['lcp', 12],
      ['cls', 0],
    ]);
  });

  it('has no score when nothing is rated and no finding is confirmed', () => {
    const score = scoreTouchpoint(guestPurchase, product, [finding({ touchpointId: product.id, verdict: 'proposed' })]);
    expect(score.value).toBeUndefined();
    expect(score.base).toBeUndefined();
    expect(score.skipped.every((s) => s.reason === 'unrated')).toBe(true);
  });

  it('has no score when every rating is "not applicable" (never 0)', () => {
    const ratings = Object.fromEntries(
      ['product-facts', 'product-images', 'costs-early', 'waiting-explained'].map((id) => [id, 'na' as const]),
    );
    expect(scoreTouchpoint(guestPurchase, { ...product, ratings }, []).value).toBeUndefined();
  });

  it('starts from 100 when nothing is rated but a confirmed finding deducts', () => {
    const score = scoreTouchpoint(guestPurchase, product, [
      finding({ touchpointId: product.id, source: 'auditor', ruleId: 'manual', severity: 1 }),
    ]);
    expect(score.base).toEqual({ from: 'unrated', value: 100 });
    expect(score.value).toBe(97);
  });

  it('ignores findings about other touchpoints and about the journey', () => {
    const score = scoreTouchpoint(guestPurchase, { ...product, ratings: { 'product-facts': 5 } }, [
      finding({ touchpointId: 'elsewhere', severity: 4 }),
      finding({ severity: 4 }),
    ]);
    expect(score.value).toBe(100);
    expect(score.penalties).toEqual([]);
  });

  it('does not go below 0', () => {
    const score = scoreTouchpoint(guestPurchase, { ...product, ratings: { 'product-facts': 1 } }, [
      finding({ touchpointId: product.id, ruleId: 'forced-account', severity: 4 }),
    ]);
    expect(score.value).toBe(0);
  });
});
