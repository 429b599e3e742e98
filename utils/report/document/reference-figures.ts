import { BAYMARD_AVERAGE_FIELDS, BAYMARD_REACHABLE_FIELDS } from '../../journey/checkout-fields';
import { VITAL_THRESHOLDS, type RatedVital } from '../../measure/vitals-rating';

/** A published figure a report draws as a reference line, with where it comes from. */
export interface ReferenceFigure {
  value: number;
  source: string;
  year: number;
  url?: string;
}

/** Good up to `good`, poor above `poor` (web.dev), for one vital. */
export interface VitalReference {
  vital: RatedVital;
  good: number;
  poor: number;
  source: string;
  year: number;
  url: string;
}

export interface ReferenceFigures {
  /** The average checkout's form fields (Baymard Institute, 2024). */
  checkoutFieldsAverage: ReferenceFigure;
  /** The fields most checkouts could get by with (Baymard Institute, 2024). */
  checkoutFieldsReachable: ReferenceFigure;
  vitals: VitalReference[];
}

const BAYMARD = { source: 'Baymard Institute, checkout usability research', year: 2024 };

/** The order vitals are shown in: the three Core Web Vitals, then the two that explain a slow start. */
export const REPORTED_VITALS: readonly RatedVital[] = ['lcpMs', 'inpMs', 'cls', 'fcpMs', 'ttfbMs'];

/**
 * The year-stamped figures of DESIGN.md that reports draw as reference lines. The numbers are the ones the rules
 * judge by (utils/journey/checkout-fields.ts, utils/measure/vitals-rating.ts), so a line and a finding never disagree.
 */
export const REFERENCE_FIGURES: ReferenceFigures = {
  checkoutFieldsAverage: { value: BAYMARD_AVERAGE_FIELDS, ...BAYMARD },
  checkoutFieldsReachable: { value: BAYMARD_REACHABLE_FIELDS, ...BAYMARD },
  vitals: REPORTED_VITALS.map((vital) => ({
    vital,
    good: VITAL_THRESHOLDS[vital][0],
    poor: VITAL_THRESHOLDS[vital][1],
    source: 'web.dev, Web Vitals',
    year: 2024,
    url: 'https://web.dev/articles/vitals',
  })),
};
