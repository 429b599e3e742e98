import type { TouchpointRule } from '../model/finding';
import { propose } from './support/evidence';
import { fieldsOf } from './support/fields';

const ID = 'paste-blocked';

/**
 * A field that refuses pasting (in its markup, or a paste the customer made was cancelled). It breaks password
 * managers and the copy of an e-mail address: WCAG 2.2 SC 3.3.8 Accessible Authentication (2023), NCSC "Let them
 * paste passwords" (2017). Minor (2) when a paste was seen to fail or the field is a password; cosmetic (1)
 * otherwise. One finding per field: the markup flag and an observed paste on the same field are one.
 */
export const pasteBlocked: TouchpointRule = {
  id: ID,
  scope: 'touchpoint',
  title: { en: 'Pasting blocked', de: 'Einfügen blockiert' },
  explanation: {
    en: 'The field does not let the customer paste: password managers and copied addresses do not work, and the customer has to type.',
    de: 'Das Feld lässt kein Einfügen zu: Passwortmanager und kopierte Adressen funktionieren nicht, der Kunde muss tippen.',
  },
  defaultSeverity: 2,
  source: {
    name: 'WCAG 2.2 SC 3.3.8 Accessible Authentication',
    year: 2023,
    url: 'https://www.w3.org/WAI/WCAG22/Understanding/accessible-authentication-minimum.html',
  },
  evaluate(tp) {
    const observed = new Set(tp.interaction?.pasteBlocked ?? []);
    const flagged = fieldsOf(tp).filter((f) => f.flags.includes('paste-blocked'));
    const fromCensus = flagged.map((f) => {
      const seen = observed.has(f.selector);
      return propose(ID, seen || f.type === 'password' ? 2 : 1, tp.id, {
        selector: f.selector,
        text: f.name,
        values: { observed: seen, inMarkup: true, type: f.type },
      });
    });
    const flaggedSelectors = new Set(flagged.map((f) => f.selector));
    const onlyObserved = [...observed]
      .filter((selector) => !flaggedSelectors.has(selector))
      .map((selector) => propose(ID, 2, tp.id, { selector, values: { observed: true, inMarkup: false } }));
    return [...fromCensus, ...onlyObserved];
  },
};
