import type { TouchpointRule } from '../model/finding';
import { propose } from './support/evidence';
import { fieldsOf, isPurchaseStep } from './support/fields';

const ID = 'missing-autocomplete';

/**
 * WCAG 2.1 SC 1.3.5 Identify Input Purpose (2018): a field asking for the customer's own data (name, address,
 * e-mail, ...) names its purpose with a valid `autocomplete` token, so browsers and password managers can fill it.
 * The census flags such fields whose token is missing or invalid. Minor (2) on the cart and in checkout, where the
 * customer has to type it all; cosmetic (1) elsewhere.
 */
export const missingAutocomplete: TouchpointRule = {
  id: ID,
  scope: 'touchpoint',
  title: { en: 'Field cannot be autofilled', de: 'Feld nicht automatisch ausfüllbar' },
  explanation: {
    en: 'A field that asks for personal data has no valid autocomplete attribute: the browser cannot fill it in, and the customer has to type.',
    de: 'Ein Feld für persönliche Daten hat kein gültiges autocomplete-Attribut: Der Browser kann es nicht ausfüllen, der Kunde muss tippen.',
  },
  defaultSeverity: 1,
  source: {
    name: 'WCAG 2.1 SC 1.3.5 Identify Input Purpose',
    year: 2018,
    url: 'https://www.w3.org/WAI/WCAG21/Understanding/identify-input-purpose.html',
  },
  evaluate(tp) {
    const severity = isPurchaseStep(tp) ? 2 : 1;
    return fieldsOf(tp)
      .filter((f) => f.flags.includes('autocomplete-missing') || f.flags.includes('autocomplete-invalid'))
      .map((f) =>
        propose(ID, severity, tp.id, {
          selector: f.selector,
          text: f.name,
          values: {
            invalid: f.flags.includes('autocomplete-invalid'),
            ...(f.purpose ? { purpose: f.purpose } : {}),
            ...(f.autocomplete ? { autocomplete: f.autocomplete } : {}),
          },
        }),
      );
  },
};
