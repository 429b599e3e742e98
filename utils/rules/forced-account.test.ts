import { describe, expect, it } from 'vitest';
import { findingSchema } from '../model/finding';
import type { Stage } from '../model/stage';
import { forcedAccount } from './forced-account';
import { census, field, group, touchpoint } from './support/test-touchpoint';

const password = (required = true) => field({ selector: '#pw', type: 'password', name: 'Password', required });
const login = group([field(), password()], { selector: '#login' });
const run = (stage: Stage | undefined, groups = [login]) =>
  forcedAccount.evaluate(touchpoint({ stage, forms: census(groups) }), 0);

describe('forced-account', () => {
  it('fires on the account step with a login form and nothing else', () => {
    const found = run('checkout-account');
    expect(found).toEqual([
      {
        ruleId: 'forced-account',
        severity: 4,
        touchpointId: 'tp1',
        evidence: { selector: '#pw', text: 'Password', values: { passwordFields: 1, stage: 'checkout-account' } },
      },
    ]);
    expect(findingSchema.parse(found[0])).toEqual(found[0]);
  });

  it('does not fire when a guest form (e-mail, no password) is beside the login', () => {
    const guest = group([field({ selector: '#guest-email' })], { selector: '#guest' });
    expect(run('checkout-account', [login, guest])).toEqual([]);
  });

  it('fires on a later checkout step whose password is required', () => {
    const address = group([field({ purpose: 'street-address', type: 'text' }), password(true)]);
    expect(run('checkout-address', [address])).toHaveLength(1);
  });

  it('does not fire on an optional "create an account" password in checkout', () => {
    const address = group([field({ purpose: 'street-address', type: 'text' }), password(false)]);
    expect(run('checkout-address', [address])).toEqual([]);
  });

  it('does not fire outside checkout (a header login on the cart or a product page) or without a password', () => {
    expect(run('cart')).toEqual([]);
    expect(run('product')).toEqual([]);
    expect(run(undefined)).toEqual([]);
    expect(run('checkout-account', [group([field({ type: 'text', purpose: 'given-name' })])])).toEqual([]);
    expect(forcedAccount.evaluate(touchpoint({ stage: 'checkout-account' }), 0)).toEqual([]);
  });
});
