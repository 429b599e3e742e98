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
 * the page the auditor was on when the audit was resumed, `entered` a contact off the web the auditor entered.
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
  'entered',
]);
export type Arrival = z.infer<typeof arrivalSchema>;

/**
 * Where the customer met the company: a page of the audited tab (`web`), or a contact off the web that the auditor
 * enters by hand (arrival `entered`), timed with a stopwatch or by the times they note.
 */
export const CHANNELS = ['web', 'hotline', 'email', 'chat', 'store', 'social', 'app', 'letter'] as const;
export const channelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof channelSchema>;
export type OffWebChannel = Exclude<Channel, 'web'>;
export const OFF_WEB_CHANNELS = CHANNELS.filter((c): c is OffWebChannel => c !== 'web');

/** In-page routes and anchors: the customer moved on, but the document (and its page recorder) stayed. */
export function isSameDocument(arrival: Arrival): boolean {
  return arrival === 'history' || arrival === 'hash';
}

export const touchpointSchema = z.strictObject({
  id: idSchema,
  auditId: idSchema,
  /** Position in the audit's journey, from 0, in the order recorded. */
  seq: z.number().int().nonnegative(),
  channel: channelSchema,
  /** Off the web: empty. */
  url: z.string().max(MAX_URL),
  origin: z.string().max(MAX_URL),
  title: z.string().max(MAX_TEXT),
  arrival: arrivalSchema,
  /** The customer pressed Back or Forward to get here (also for single-page-app routes). */
  backForward: z.boolean(),
  /** When the contact began: the page was entered, the hotline dialled, the e-mail sent, the store entered. */
  enteredAt: epochMsSchema,
  /** Off the web: when a person answered (the call was picked up, the reply arrived); the time before is waiting. */
  answeredAt: epochMsSchema.optional(),
  /** When the contact ended; absent while it goes on (the page is shown, the stopwatch runs). */
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

/** A touchpoint of the recorded walk in the audited tab, as opposed to a contact entered by the auditor. */
export function isWeb(tp: Pick<Touchpoint, 'channel'>): boolean {
  return tp.channel === 'web';
}
