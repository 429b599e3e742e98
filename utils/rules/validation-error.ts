import type { TouchpointRule } from '../model/finding';
import { propose } from './support/evidence';

const ID = 'validation-error';

/**
 * Baymard Institute's inline validation research (2024): errors shown only after submitting cost time and
 * trust. One finding per error shown: cosmetic (1), minor (2) when a page showed 3 or more (the threshold).
 */
export const validationError: TouchpointRule = {
  id: ID,
  scope: 'touchpoint',
  title: { en: 'Validation error', de: 'Eingabefehler gemeldet' },
  explanation: {
    en: 'After submitting, the page rejected an entry. Several errors on one page mean the form did not guide the customer.',
    de: 'Nach dem Absenden wies die Seite eine Eingabe zurück. Mehrere Fehler auf einer Seite heißen: Das Formular hat den Kunden nicht geführt.',
  },
  defaultSeverity: 1,
  threshold: { value: 3, unit: { en: 'errors per page', de: 'Fehler pro Seite' }, min: 2, max: 50 },
  source: {
    name: 'Baymard Institute, inline form validation',
    year: 2024,
  },
  evaluate(tp, threshold) {
    const errors = tp.interaction?.validationErrors ?? [];
    const severity = errors.length >= threshold ? 2 : 1;
    return errors.map((e) =>
      propose(ID, severity, tp.id, {
        selector: e.selector,
        text: e.message,
        values: { kind: e.kind, errorsOnPage: errors.length },
      }),
    );
  },
};
