import type { TouchpointRule } from '../model/finding';
import { propose } from './support/evidence';

const ID = 'dead-click';

/**
 * A click on something that looks interactive with no visible effect within 1 s (no DOM change, navigation,
 * scroll or focus change): Sentry's and Datadog's dead-click definitions (2023), measured by the recorder.
 */
export const deadClick: TouchpointRule = {
  id: ID,
  scope: 'touchpoint',
  title: { en: 'Dead click', de: 'Klick ohne Wirkung' },
  explanation: {
    en: 'The customer clicked something that looks clickable and nothing happened.',
    de: 'Der Kunde klickte auf etwas, das klickbar aussieht, und nichts geschah.',
  },
  defaultSeverity: 2,
  source: {
    name: 'Sentry, Datadog dead-click definitions',
    year: 2023,
  },
  evaluate(tp) {
    return (tp.interaction?.deadClicks ?? []).map((d) =>
      propose(ID, 2, tp.id, { selector: d.selector, text: d.label, values: { clicks: 1 } }),
    );
  },
};
