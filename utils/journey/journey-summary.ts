import { isWeb, type Touchpoint } from '../model/touchpoint';
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

/**
 * What the walk in the shop as a whole says, from its pages' measurements. Contacts off the web are no pages: a
 * hotline's queue is not the site's waiting, nor a step the customer could go back from.
 */
export function summarizeJourney(journey: readonly Touchpoint[], now: number): JourneySummary {
  const pages = journey.filter(isWeb);
  const checkoutFields = checkoutFieldTotal(pages);
  return {
    ...(checkoutFields === undefined ? {} : { checkoutFields }),
    ...journeyWaitAndThink(pages, now),
    backNavigations: countBackNavigations(pages),
    quickBacks: quickBacks(pages).length,
  };
}
