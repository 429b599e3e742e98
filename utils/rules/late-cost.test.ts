import { describe, expect, it } from 'vitest';
import type { Money, MoneyLine } from '../model/money';
import type { Stage } from '../model/stage';
import { lateCost } from './late-cost';
import { touchpoint } from './support/test-touchpoint';

const line = (kind: MoneyLine['kind'], label: string, amount: number): MoneyLine => ({
  kind,
  label,
  amount,
  selector: `.${kind}`,
});
const step = (id: string, stage: Stage, money: Partial<Money>) =>
  touchpoint({ id, stage, money: { currency: 'EUR', lines: [], source: 'text', ...money } });
const run = (...journey: ReturnType<typeof step>[]) => lateCost.evaluate(journey, 0.01);

describe('late-cost', () => {
  it('fires when a fee appears only on the last step and names its line', () => {
    const found = run(
      step('cart', 'cart', {
        subtotal: 50,
        shipping: 5,
        total: 55,
        lines: [line('shipping', 'Shipping', 5), line('total', 'Total', 55)],
      }),
      step('pay', 'checkout-payment', { total: 55 }),
      step('review', 'checkout-review', {
        subtotal: 50,
        shipping: 5,
        fees: 2.5,
        total: 57.5,
        lines: [line('shipping', 'Shipping', 5), line('fee', 'Payment fee', 2.5), line('total', 'Total', 57.5)],
      }),
    );
    expect(found).toEqual([
      {
        ruleId: 'late-cost',
        severity: 3,
        touchpointId: 'review',
        evidence: {
          selector: '.fee',
          text: 'Payment fee',
          values: { expected: 55, total: 57.5, increase: 2.5, currency: 'EUR' },
        },
      },
    ]);
  });

  it('fires when shipping is added to a cart total that did not mention it', () => {
    const found = run(
      step('cart', 'cart', { subtotal: 20, total: 20 }),
      step('rev', 'checkout-review', { subtotal: 20, shipping: 4.95, total: 24.95 }),
    );
    expect(found[0]?.evidence.values).toMatchObject({ expected: 20, increase: 4.95 });
  });

  it('does not fire when the total only adds shipping the cart already showed beside it', () => {
    expect(
      run(
        step('cart', 'cart', { subtotal: 20, shipping: 4.95, total: 20 }),
        step('rev', 'checkout-review', { subtotal: 20, shipping: 4.95, total: 24.95 }),
      ),
    ).toEqual([]);
  });

  it('does not fire when the customer added an item (the subtotal grew with the total)', () => {
    expect(
      run(
        step('cart', 'cart', { subtotal: 20, total: 20 }),
        step('rev', 'checkout-review', { subtotal: 35, total: 35 }),
      ),
    ).toEqual([]);
  });

  it('does not fire on a cheaper or equal total, a rounding cent fraction, or different currencies', () => {
    expect(
      run(step('cart', 'cart', { total: 20 }), step('rev', 'checkout-review', { total: 18, discount: -2 })),
    ).toEqual([]);
    expect(run(step('cart', 'cart', { total: 20 }), step('rev', 'checkout-review', { total: 20.004 }))).toEqual([]);
    expect(
      run(step('cart', 'cart', { total: 20 }), step('rev', 'checkout-review', { currency: 'USD', total: 25 })),
    ).toEqual([]);
  });

  it('needs a checkout step with a total after the first priced step', () => {
    expect(run(step('cart', 'cart', { total: 20 }))).toEqual([]);
    expect(run(step('cart', 'cart', { total: 20 }), step('cart2', 'cart', { total: 30 }))).toEqual([]);
    expect(run(step('rev', 'checkout-review', { total: 30 }))).toEqual([]);
    // A product page's price before the cart is not a promise about the total.
    expect(run(step('prod', 'product', { total: 10 }), step('rev', 'checkout-review', { total: 30 }))).toEqual([]);
  });
});

describe('late-cost evidence', () => {
  it('names the total line when no new cost line is readable', () => {
    const found = run(
      step('cart', 'cart', { total: 20, lines: [line('total', 'Total', 20)] }),
      step('rev', 'checkout-review', { total: 23, lines: [line('total', 'Total', 23)] }),
    );
    expect(found[0]?.evidence).toMatchObject({ selector: '.total', text: 'Total' });
  });
});
