import { describe, expect, it } from 'vitest';
import type { Stage } from '../model/stage';
import { longCheckout } from './long-checkout';
import { census, touchpoint } from './support/test-touchpoint';

const step = (id: string, stage: Stage, fields: number) =>
  touchpoint({ id, url: `https://shop.example/${id}`, stage, forms: census([], { fields }) });
const run = (journey: ReturnType<typeof step>[], threshold = 8) => longCheckout.evaluate(journey, threshold);

describe('long-checkout', () => {
  it('is minor above 8 fields and major above the 11.3 average', () => {
    expect(run([step('a', 'checkout-address', 6), step('p', 'checkout-payment', 3)])[0]).toMatchObject({
      severity: 2,
      evidence: { values: { fields: 9, threshold: 8, average: 11.3 } },
    });
    expect(run([step('a', 'checkout-address', 9), step('p', 'checkout-payment', 3)])[0]?.severity).toBe(3);
  });

  it('is a journey-wide finding, without a touchpoint', () => {
    expect(run([step('a', 'checkout-address', 20)])[0]).not.toHaveProperty('touchpointId');
  });

  it('does not fire at exactly 8 fields, without checkout, or for fields outside checkout', () => {
    expect(run([step('a', 'checkout-address', 8)])).toEqual([]);
    expect(run([])).toEqual([]);
    expect(run([step('c', 'cart', 2), step('s', 'service', 30), step('a', 'checkout-address', 5)])).toEqual([]);
  });

  it('follows a changed threshold', () => {
    expect(run([step('a', 'checkout-address', 9)], 10)).toEqual([]);
    expect(run([step('a', 'checkout-address', 6)], 5)[0]?.severity).toBe(2);
  });
});
