import { describe, expect, it } from 'vitest';
import type { Template } from '../model/scorecard';
import { criteriaForStage } from './criteria-for-stage';
import { ratingPoints, ratingTerms, weightedMean } from './rating-terms';

const card: Template = {
  id: 't',
  name: 'Test card',
  description: '',
  dimensions: ['effort', 'trust'],
  version: 1,
  criteria: [
    { id: 'everywhere', dimension: 'effort', text: 'a', guidance: 'g', weight: 2, scale: 5 },
    { id: 'cart-only', dimension: 'trust', text: 'b', guidance: 'g', weight: 1, scale: 7, stages: ['cart'] },
    { id: 'unweighted', dimension: 'trust', text: 'c', guidance: 'g', weight: 0, scale: 5 },
  ],
};

describe('criteriaForStage', () => {
  it('gives a stage its own criteria and those for every stage', () => {
    expect(criteriaForStage(card, 'cart').map((c) => c.id)).toEqual(['everywhere', 'cart-only', 'unweighted']);
    expect(criteriaForStage(card, 'product').map((c) => c.id)).toEqual(['everywhere', 'unweighted']);
  });

  it('gives a touchpoint without a stage only the criteria for every stage', () => {
    expect(criteriaForStage(card, undefined).map((c) => c.id)).toEqual(['everywhere', 'unweighted']);
  });
});

describe('ratingPoints', () => {
  it('maps the bottom of a scale to 0 and the top to 100, on 5 and 7 points alike', () => {
    expect([1, 2, 3, 4, 5].map((v) => ratingPoints(v, 5))).toEqual([0, 25, 50, 75, 100]);
    expect(ratingPoints(1, 7)).toBe(0);
    expect(ratingPoints(4, 7)).toBe(50);
    expect(ratingPoints(7, 7)).toBe(100);
  });
});

describe('ratingTerms', () => {
  it('counts rated criteria and says why each of the others does not count', () => {
    const { counted, skipped } = ratingTerms(card, 'product', { everywhere: 4, unweighted: 5, 'cart-only': 3 });
    expect(counted).toEqual([
      { criterionId: 'everywhere', dimension: 'effort', weight: 2, value: 4, scale: 5, points: 75 },
    ]);
    expect(skipped).toEqual([
      { criterionId: 'unweighted', reason: 'zero-weight' },
      { criterionId: 'cart-only', reason: 'not-on-card' },
    ]);
  });

  it('leaves "not applicable" out instead of counting it as the bottom of the scale', () => {
    const withNa = ratingTerms(card, 'cart', { everywhere: 5, 'cart-only': 'na' });
    expect(weightedMean(withNa.counted)).toBe(100);
    expect(withNa.skipped).toContainEqual({ criterionId: 'cart-only', reason: 'not-applicable' });
    const withOne = ratingTerms(card, 'cart', { everywhere: 5, 'cart-only': 1 });
    expect(weightedMean(withOne.counted)).toBeCloseTo((2 * 100 + 1 * 0) / 3, 10);
  });

  it('skips a value beyond its criterion’s scale (a card edited from 7 to 5 points after rating)', () => {
    const { counted, skipped } = ratingTerms(card, 'cart', { everywhere: 6 });
    expect(counted).toEqual([]);
    expect(skipped).toContainEqual({ criterionId: 'everywhere', reason: 'off-scale' });
  });

  it('lists unrated criteria, and has no mean when nothing counts', () => {
    const { counted, skipped } = ratingTerms(card, 'cart');
    expect(counted).toEqual([]);
    expect(skipped.map((s) => s.reason)).toEqual(['unrated', 'unrated', 'unrated']);
    expect(weightedMean(counted)).toBeUndefined();
  });
});
