import type { TouchpointRule } from '../model/finding';
import { propose } from './support/evidence';
import { fieldsOf } from './support/fields';

const ID = 'missing-label';

/**
 * WCAG 2.0 SC 1.3.1 and 4.1.2 (2008), checked as axe-core's `label` rule (critical): a field without an
 * accessible name is minor (2) for everyone and a blocker for screen-reader users; a field named only by its
 * placeholder, which disappears as the customer types, is cosmetic (1).
 */
export const missingLabel: TouchpointRule = {
  id: ID,
  scope: 'touchpoint',
  title: { en: 'Field without label', de: 'Feld ohne Beschriftung' },
  explanation: {
    en: 'A form field has no label, or only a placeholder that disappears while typing: the customer (and a screen reader) cannot tell what it asks for.',
    de: 'Ein Formularfeld hat keine Beschriftung oder nur einen Platzhalter, der beim Tippen verschwindet: Kunde und Screenreader erkennen nicht, was es abfragt.',
  },
  defaultSeverity: 2,
  source: {
    name: 'WCAG 2.0 SC 1.3.1 / axe-core label rule',
    year: 2008,
  },
  evaluate(tp) {
    return fieldsOf(tp)
      .filter((f) => f.flags.includes('unlabeled') || f.flags.includes('placeholder-only'))
      .map((f) => {
        const unlabeled = f.flags.includes('unlabeled');
        return propose(ID, unlabeled ? 2 : 1, tp.id, {
          selector: f.selector,
          text: f.name,
          values: { unlabeled, placeholderOnly: !unlabeled, type: f.type },
        });
      });
  },
};
