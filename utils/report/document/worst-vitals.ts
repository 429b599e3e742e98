import { rateVital, type RatedVital, type Rating } from '../../measure/vitals-rating';
import type { Touchpoint } from '../../model/touchpoint';
import { REPORTED_VITALS } from './reference-figures';

/** The worst value of one vital over a journey, and the page it was measured on. */
export interface WorstVital {
  value: number;
  rating: Rating;
  touchpointId: string;
}

export type WorstVitals = Partial<Record<RatedVital, WorstVital>>;

/**
 * Each vital's worst value over the journey's pages (higher is worse for every one of them): a journey is as slow as
 * its slowest page. A vital no page measured is absent, not zero. One visit in one browser: a lab sample.
 */
export function worstVitals(touchpoints: readonly Pick<Touchpoint, 'id' | 'timing'>[]): WorstVitals {
  const worst: WorstVitals = {};
  for (const tp of touchpoints) {
    for (const vital of REPORTED_VITALS) {
      const value = tp.timing?.[vital];
      if (value === undefined) continue;
      const before = worst[vital];
      if (before === undefined || value > before.value)
        worst[vital] = { value, rating: rateVital(vital, value), touchpointId: tp.id };
    }
  }
  return worst;
}
