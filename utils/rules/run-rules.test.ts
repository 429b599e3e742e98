import { describe, expect, it } from 'vitest';
import { findingSchema, type Rule } from '../model/finding';
import { longCheckout } from './long-checkout';
import { RULES } from './registry';
import { effectiveThreshold, runRules } from './run-rules';
import { census, field, group, interaction, touchpoint } from './support/test-touchpoint';

const journey = [
  touchpoint({ id: 'cart', seq: 0, url: 'https://shop.example/cart', stage: 'cart', timing: { lcpMs: 5_000 } }),
  touchpoint({
    id: 'login',
    seq: 1,
    url: 'https://shop.example/checkout/login',
    stage: 'checkout-account',
    forms: census([group([field(), field({ selector: '#pw', type: 'password' })])], { fields: 10, password: 1 }),
    interaction: interaction({ deadClicks: [{ at: 1, selector: '#guest', label: 'Guest' }] }),
  }),
];

describe('runRules', () => {
  it('runs touchpoint rules per touchpoint and journey rules once, in registry then journey order', () => {
    const found = runRules(journey);
    expect(found.map((f) => `${f.ruleId}@${f.touchpointId ?? 'journey'}`)).toEqual([
      'forced-account@login',
      'long-checkout@journey',
      'slow-page@cart',
      'dead-click@login',
    ]);
    for (const f of found) expect(findingSchema.parse(f)).toEqual(f);
    expect(runRules(journey)).toEqual(found);
  });

  it('uses the user threshold for a rule, clamped to its range', () => {
    expect(runRules(journey, { 'long-checkout': 10 }).map((f) => f.ruleId)).not.toContain('long-checkout');
    expect(effectiveThreshold(longCheckout, { 'long-checkout': 1_000 })).toBe(50);
    expect(effectiveThreshold(longCheckout, { 'long-checkout': Number.NaN })).toBe(8);
    expect(effectiveThreshold(longCheckout)).toBe(8);
  });

  it('finds nothing on an empty journey or an unmeasured page', () => {
    expect(runRules([])).toEqual([]);
    expect(runRules([touchpoint()])).toEqual([]);
  });

  it('runs a given rule list', () => {
    const only: Rule[] = [RULES.find((r) => r.id === 'dead-click')!];
    expect(runRules(journey, {}, only).map((f) => f.ruleId)).toEqual(['dead-click']);
  });
});
