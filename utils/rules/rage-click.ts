import type { TouchpointRule } from '../model/finding';
import { propose } from './support/evidence';

const ID = 'rage-click';

/**
 * A burst of clicks on one spot: the customer expected something to happen. Detection (3 clicks within 1 s inside
 * 30 px) follows PostHog's and Sentry's rage-click definitions (2023); the threshold here only raises the count.
 */
export const rageClick: TouchpointRule = {
  id: ID,
  scope: 'touchpoint',
  title: { en: 'Rage click', de: 'Wutklick' },
  explanation: {
    en: 'The customer clicked the same spot several times in quick succession: the page did not react as expected.',
    de: 'Der Kunde klickte mehrmals schnell hintereinander auf dieselbe Stelle: Die Seite reagierte nicht wie erwartet.',
  },
  defaultSeverity: 2,
  threshold: { value: 3, unit: { en: 'clicks within 1 s', de: 'Klicks in 1 s' }, min: 3, max: 20 },
  source: {
    name: 'PostHog, Sentry, Datadog rage-click definitions',
    year: 2023,
  },
  evaluate(tp, threshold) {
    return (tp.interaction?.rageClicks ?? [])
      .filter((r) => r.clickCount >= threshold)
      .map((r) => propose(ID, 2, tp.id, { selector: r.selector, text: r.label, values: { clicks: r.clickCount } }));
  },
};
