import { describe, expect, it } from 'vitest';
import { guestPurchase } from '../../scoring/templates/guest-purchase';
import { dimensionScores } from './dimension-scores';

const score = (scores: ReturnType<typeof dimensionScores>, dimension: string) =>
  scores.find((d) => d.dimension === dimension)?.score;

describe('dimensionScores', () => {
  it("lists every dimension of the card, in the card's order", () => {
    expect(dimensionScores(guestPurchase, []).map((d) => d.dimension)).toEqual(guestPurchase.dimensions);
  });

  it('averages the stages, each the mean of its pages, so that repeated pages do not outweigh a stage', () => {
    const scores = dimensionScores(guestPurchase, [
      { stage: 'product', ratings: { 'waiting-explained': 5 } },
      { stage: 'product', ratings: { 'waiting-explained': 5 } },
      { stage: 'product', ratings: { 'waiting-explained': 5 } },
      { stage: 'cart', ratings: { 'waiting-explained': 1 } },
    ]);
    expect(score(scores, 'speed')).toBe(50);
  });

  it('weighs criteria of one dimension on one page by their weights, and leaves "not applicable" out', () => {
    const product = { stage: 'product' as const, ratings: { 'product-facts': 5, 'product-images': 'na' as const } };
    expect(score(dimensionScores(guestPurchase, [product]), 'product-information')).toBe(100);
  });

  it('has no score for a dimension nothing was rated on, rather than 0', () => {
    const scores = dimensionScores(guestPurchase, [{ stage: 'cart', ratings: {} }]);
    expect(scores.every((d) => d.score === undefined)).toBe(true);
  });
});
