import { describe, expect, it } from 'vitest';
import { emptyCounts } from '../measure/census-counts';
import type { FormCensus } from '../model/form-census';
import type { Stage } from '../model/stage';
import { checkoutFieldTotal } from './checkout-fields';

function forms(fields: number, seenFields?: number): FormCensus {
  return {
    groups: [],
    groupCount: 0,
    totals: { ...emptyCounts(), fields },
    captcha: [],
    shadowRoots: 0,
    sameOriginFrames: 0,
    crossOriginFrames: [],
    crossOriginFrameCount: 0,
    truncated: false,
    ...(seenFields === undefined ? {} : { seenFields }),
  };
}
const step = (url: string, stage: Stage, census?: FormCensus) => ({ url, stage, forms: census });

describe('checkoutFieldTotal', () => {
  it('adds up the fields of every checkout step', () => {
    const journey = [
      step('https://s.example/cart', 'cart', forms(1)),
      step('https://s.example/checkout/address', 'checkout-address', forms(7)),
      step('https://s.example/checkout/payment', 'checkout-payment', forms(5)),
      step('https://s.example/checkout/thanks', 'confirmation', forms(2)),
    ];
    expect(checkoutFieldTotal(journey)).toBe(12);
  });

  it('counts a checkout page shown twice (after a validation error) once, at its largest', () => {
    const journey = [
      step('https://s.example/checkout/address', 'checkout-address', forms(7)),
      step('https://s.example/checkout/address?error=1', 'checkout-address', forms(8)),
    ];
    expect(checkoutFieldTotal(journey)).toBe(8);
  });

  it('counts every field a multi-step checkout on one address showed', () => {
    expect(checkoutFieldTotal([step('https://s.example/checkout', 'checkout-address', forms(4, 15))])).toBe(15);
  });

  it('has no total without a measured checkout step', () => {
    expect(checkoutFieldTotal([step('https://s.example/cart', 'cart', forms(3))])).toBeUndefined();
    expect(checkoutFieldTotal([step('https://s.example/checkout', 'checkout-address')])).toBeUndefined();
  });
});
