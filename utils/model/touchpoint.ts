import { z } from 'zod';
import { epochMsSchema, idSchema } from './audit';
import { MAX_TEXT, MAX_URL } from './limits';
import { measuresShape } from './measures';
import { pageTimingSchema } from './page-timing';
import { ratingsSchema } from './scorecard';
import { stageSchema } from './stage';

/**
 * How the customer got to a touchpoint. `load` is an ordinary page load (link, typed URL, redirect), `history` a
 * single-page-app route change (pushState, replaceState, popstate), `hash` a change of the URL's fragment, `resume`
 * the page the auditor was on when the audit was resumed.
 */
export const arrivalSchema = z.enum([
  'start',
  'load',
  'reload',
  'form-submit',
  'back-forward',
  'history',
  'hash',
  'resume',
]);
export type Arrival = z.infer<typeof arrivalSchema>;

/** In-page routes and anchors: the customer moved on, but the document (and its page recorder) stayed. */
export function isSameDocument(arrival: Arrival): boolean {
  return arrival === 'history' || arrival === 'hash';
}

export const touchpointSchema = z.strictObject({
  id: idSchema,
  auditId: idSchema,
  /** Position in the audit's journey, from 0, in the order recorded. */
  seq: z.number().int().nonnegative(),
  channel: z.literal('web'),
  url: z.string().max(MAX_URL),
  origin: z.string().max(MAX_URL),
  title: z.string().max(MAX_TEXT),
  arrival: arrivalSchema,
  /** The customer pressed Back or Forward to get here (also for single-page-app routes). */
  backForward: z.boolean(),
  enteredAt: epochMsSchema,
  leftAt: epochMsSchema.optional(),
  /** Visible time of closed intervals; the running interval, if any, started at `visibleSince`. */
  visibleMs: z.number().int().nonnegative(),
  visibleSince: epochMsSchema.optional(),
  note: z.string().max(MAX_TEXT),
  /**
   * The page's own timing: navigation timing and Web Vitals on the touchpoint where the document loaded; CLS and
   * INP of its own window on a single-page-app route.
   */
  timing: pageTimingSchema.optional(),
  /** Where in the journey the touchpoint sits: guessed from the page, or set by the auditor (`stageSource`). */
  stage: stageSchema.optional(),
  stageSource: z.enum(['guess', 'auditor']).optional(),
  ...measuresShape,
  /** The auditor's ratings on the audit's scorecard, by criterion id (utils/model/scorecard.ts). */
  ratings: ratingsSchema.optional(),
});
export type Touchpoint = z.infer<typeof touchpointSchema>;
