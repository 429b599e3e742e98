import { z } from 'zod';
import { epochMsSchema } from './audit';
import { MAX_INTERRUPTIONS } from './limits';

/**
 * What covered the page: a consent banner, a newsletter interstitial, a chat widget, a modal dialog (blocking: a
 * backdrop, `aria-modal` or more than half the viewport) or any other popup, flyout or menu laid over the content.
 */
export const interruptionKindSchema = z.enum(['cookie-banner', 'newsletter', 'chat', 'modal', 'popup']);
export type InterruptionKind = z.infer<typeof interruptionKindSchema>;

/**
 * One overlay seen on a touchpoint. `coverage` is the largest share of the viewport it covered while open (its
 * backdrop included, see `viewportCoverage`). `dismissedAt` is absent while it is still open. Times are the
 * recorder's clock (epoch ms); a dismissal is noticed at the next idle-time scan, so it may be late by one scan.
 */
export const interruptionSchema = z.strictObject({
  kind: interruptionKindSchema,
  selector: z.string().max(500),
  /** The overlay's own text or accessible name, clipped: page text, never a typed value. */
  label: z.string().max(120),
  coverage: z.number().min(0).max(1),
  appearedAt: epochMsSchema,
  dismissedAt: epochMsSchema.optional(),
  /** It appeared within 1 s after a click of the customer's (not on another interruption), or is a menu, list box
   * or tooltip, which open only on the customer's hover, focus or typing. */
  askedFor: z.boolean(),
  /** Covers more than 30 % of the viewport, or is modal (blocks the page behind it). */
  coversContent: z.boolean(),
  /** It was already open when this touchpoint began (a single-page-app route change): count it on the touchpoint
   * where it appeared, not again here. */
  carriedOver: z.boolean(),
});
export type Interruption = z.infer<typeof interruptionSchema>;

export const interruptionListSchema = z.array(interruptionSchema).max(MAX_INTERRUPTIONS);
