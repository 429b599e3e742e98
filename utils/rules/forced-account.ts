import type { FormCensus } from '../model/form-census';
import type { TouchpointRule } from '../model/finding';
import { propose } from './support/evidence';
import { fieldsOf } from './support/fields';

const ID = 'forced-account';

/**
 * A form beside the login that asks for an e-mail address without a password: the usual guest (or "order without
 * account") form. The census has no signal for a guest button or link, so a page offering guest checkout only by
 * a button is not recognised here; it must then be a `checkout-account` page with a password field and nothing
 * else, and the auditor dismisses the proposal. A newsletter form on such a page also counts as a way on: we
 * rather miss a catastrophe-rated finding than propose a wrong one.
 */
function guestFormVisible(forms: FormCensus): boolean {
  return forms.groups.some(
    (g) => g.counts.password === 0 && g.fields.some((f) => f.type === 'email' || f.purpose === 'email'),
  );
}

/**
 * Baymard Institute, "Cart & Checkout Usability" (2024): 19 % of US shoppers abandoned an order because the site
 * wanted them to create an account (and 35 % in earlier rounds). Severity 4: it ends orders.
 */
export const forcedAccount: TouchpointRule = {
  id: ID,
  scope: 'touchpoint',
  title: { en: 'Account required to order', de: 'Kundenkonto zum Bestellen verlangt' },
  explanation: {
    en: 'On the way to payment the shop asks for a password and shows no way to order as a guest. Many customers abandon here.',
    de: 'Auf dem Weg zur Zahlung verlangt der Shop ein Passwort und zeigt keinen Weg, als Gast zu bestellen. Viele Kunden brechen hier ab.',
  },
  defaultSeverity: 4,
  source: {
    name: 'Baymard Institute, checkout abandonment (19-35 %)',
    year: 2024,
    url: 'https://baymard.com/lists/cart-abandonment-rate',
  },
  evaluate(tp) {
    const forms = tp.forms;
    if (!forms || forms.totals.password === 0 || !tp.stage) return [];
    const passwords = fieldsOf(tp).filter((f) => f.type === 'password');
    // On the account step any password field is a gate; on later steps (an address form with a password) only a
    // required one is: an optional "create an account" password is the good pattern.
    const gate =
      tp.stage === 'checkout-account' || (tp.stage.startsWith('checkout-') && passwords.some((f) => f.required));
    if (!gate || guestFormVisible(forms)) return [];
    return [
      propose(ID, 4, tp.id, {
        selector: passwords[0]?.selector,
        text: passwords[0]?.name,
        values: { passwordFields: forms.totals.password, stage: tp.stage },
      }),
    ];
  },
};
