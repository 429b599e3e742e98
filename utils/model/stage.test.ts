import { describe, expect, it } from 'vitest';
import { stageSchema } from './stage';
import { isCheckoutStage, STAGES } from './vocabulary';

describe('stages', () => {
  it('lists the journey in order, from entry to after-sales, then other', () => {
    expect(STAGES[0]).toBe('entry');
    expect(STAGES.indexOf('cart')).toBeLessThan(STAGES.indexOf('checkout-account'));
    expect(STAGES.indexOf('checkout-review')).toBeLessThan(STAGES.indexOf('confirmation'));
    expect(STAGES.at(-1)).toBe('other');
  });

  it('tells the five checkout stages from the rest', () => {
    expect(STAGES.filter(isCheckoutStage)).toEqual([
      'checkout-account',
      'checkout-address',
      'checkout-shipping',
      'checkout-payment',
      'checkout-review',
    ]);
  });

  it('rejects a stage that is not on the list', () => {
    expect(stageSchema.safeParse('checkout').success).toBe(false);
  });
});
