import { z } from 'zod';
import { environmentSchema } from './environment';
import { formCensusSchema } from './form-census';
import { helpSchema } from './help';
import { interactionSchema } from './interaction';
import { interruptionListSchema } from './interruption';
import { moneySchema } from './money';
import { phoneCheckSchema } from './phone-check';

/**
 * What the page recorder measured on one touchpoint (a page view or a single-page-app route), each part replaced
 * whole as the page changes. Every part is optional: pages Shopwalk may not read have none, phone checks exist only
 * on audits walked as a phone, and a page left quickly may not have been measured yet.
 */
export const measuresShape = {
  /** The browser and device the touchpoint was walked on. */
  environment: environmentSchema.optional(),
  forms: formCensusSchema.optional(),
  interaction: interactionSchema.optional(),
  interruptions: interruptionListSchema.optional(),
  money: moneySchema.optional(),
  help: helpSchema.optional(),
  phone: phoneCheckSchema.optional(),
};

export const measuresSchema = z.strictObject(measuresShape);
export type Measures = z.infer<typeof measuresSchema>;
/** The names of the measurement parts, in the order the side panel shows them. */
export type MeasureName = keyof Measures;
