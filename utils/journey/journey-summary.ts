import type { Touchpoint } from '../model/touchpoint';
import { checkoutFieldTotal } from './checkout-fields';
import { countBackNavigations, quickBacks } from './quick-backs';
import { journeyWaitAndThink } from './wait-and-think';

export interface JourneySummary {
  checkoutFields?: number;
  waitMs: number;
  thinkMs: number;
  backNavigations: number;
  quickBacks: number;
}

/** What the journey as a whole says, from its touchpoints' measurements. */
export function summarizeJourney(journey: readonly Touchpoint[], now: number): JourneySummary {
  const checkoutFields = checkoutFieldTotal(journey);
  return {
    ...(checkoutFields === undefined ? {} : { checkoutFields }),
    ...journeyWaitAndThink(journey, now),
    backNavigations: countBackNavigations(journey),
    quickBacks: quickBacks(journey).length,
  };
}
