import { describe, expect, it } from 'vitest';
import type { Help } from '../model/help';
import type { Stage } from '../model/stage';
import { noHelp } from './no-help';
import { touchpoint } from './support/test-touchpoint';

const seen = (visible: boolean) => ({ visible, inFirstViewport: visible });
const help = (humanReachable: boolean, faq = false): Help => ({
  humanReachable,
  humanInFirstViewport: humanReachable,
  channels: {
    phone: seen(humanReachable),
    email: seen(false),
    chat: seen(false),
    contactPage: seen(false),
    selfService: seen(faq),
  },
  evidence: [],
});
const run = (stage: Stage | undefined, h?: Help) => noHelp.evaluate(touchpoint({ stage, help: h }), 0);

describe('no-help', () => {
  it('fires on the cart and checkout steps without a way to a human, an FAQ notwithstanding', () => {
    expect(run('cart', help(false, true))).toEqual([
      {
        ruleId: 'no-help',
        severity: 2,
        touchpointId: 'tp1',
        evidence: { values: { selfService: true, stage: 'cart' } },
      },
    ]);
    expect(run('checkout-payment', help(false))).toHaveLength(1);
  });

  it('does not fire where a human is reachable, on other stages, or where help was not measured', () => {
    expect(run('cart', help(true))).toEqual([]);
    expect(run('product', help(false))).toEqual([]);
    expect(run('confirmation', help(false))).toEqual([]);
    expect(run(undefined, help(false))).toEqual([]);
    expect(run('checkout-address')).toEqual([]);
  });
});
