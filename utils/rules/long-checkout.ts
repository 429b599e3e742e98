import type { JourneyRule } from '../model/finding';
import { BAYMARD_AVERAGE_FIELDS, BAYMARD_REACHABLE_FIELDS, checkoutFieldTotal } from '../journey/checkout-fields';
import { propose } from './support/evidence';

const ID = 'long-checkout';

/**
 * Baymard Institute (2024): the average checkout shows 11.3 form fields, and most shops could get by with 8. Above
 * the threshold (8) is minor (2); above the average as well is major (3).
 */
export const longCheckout: JourneyRule = {
  id: ID,
  scope: 'journey',
  title: { en: 'Long checkout', de: 'Langer Bestellvorgang' },
  explanation: {
    en: 'The checkout asks for more form fields than a good checkout needs (8); the average checkout has 11.3.',
    de: 'Der Bestellvorgang fragt mehr Formularfelder ab, als ein guter Bestellvorgang braucht (8); der Durchschnitt liegt bei 11,3.',
  },
  defaultSeverity: 2,
  threshold: { value: BAYMARD_REACHABLE_FIELDS, unit: { en: 'fields', de: 'Felder' }, min: 1, max: 50 },
  source: {
    name: 'Baymard Institute, checkout form fields',
    year: 2024,
  },
  evaluate(journey, threshold) {
    const fields = checkoutFieldTotal(journey);
    if (fields === undefined || fields <= threshold) return [];
    const severity = fields > BAYMARD_AVERAGE_FIELDS ? 3 : 2;
    return [propose(ID, severity, undefined, { values: { fields, threshold, average: BAYMARD_AVERAGE_FIELDS } })];
  },
};
