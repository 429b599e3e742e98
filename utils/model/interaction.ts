import { z } from 'zod';
import { epochMsSchema } from './audit';
import { MAX_EXAMPLES, MAX_MESSAGE, MAX_URL } from './limits';

const count = z.number().int().nonnegative().max(10_000_000);
const selector = z.string().max(500);
const label = z.string().max(120);
const message = z.string().max(MAX_MESSAGE);
const examples = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_EXAMPLES);

export const rageClickSchema = z.strictObject({
  /** When the burst began. */
  at: epochMsSchema,
  selector,
  label,
  clickCount: z.number().int().min(3).max(10_000),
});
export type RageClick = z.infer<typeof rageClickSchema>;

export const deadClickSchema = z.strictObject({ at: epochMsSchema, selector, label });
export type DeadClick = z.infer<typeof deadClickSchema>;

export const validationErrorKindSchema = z.enum(['invalid-event', 'aria-invalid', 'alert']);
export type ValidationErrorKind = z.infer<typeof validationErrorKindSchema>;

export const validationErrorSchema = z.strictObject({
  at: epochMsSchema,
  kind: validationErrorKindSchema,
  selector,
  /**
   * What the page showed (an alert's text) or, for the browser's own validation, the failed ValidityState keys
   * ("valueMissing"). Page text with quoted fragments, e-mail addresses and digit runs masked: a page may echo
   * what the customer typed ("'foo@' is not a valid address").
   */
  message,
});
export type ValidationError = z.infer<typeof validationErrorSchema>;

export const jsErrorSchema = z.strictObject({ at: epochMsSchema, message });
export type JsError = z.infer<typeof jsErrorSchema>;

export const failedRequestSchema = z.strictObject({
  at: epochMsSchema,
  /** Without query string and fragment: they can carry what the customer typed into a search box. */
  url: z.string().max(MAX_URL),
  /** The HTTP status; 0 when only a load error was seen (an `error` event) and the browser gave no status. */
  status: z.number().int().nonnegative().max(999),
  /** Resource Timing's initiatorType: img, script, fetch, xmlhttprequest, navigation, ... */
  initiatorType: z.string().max(40),
});
export type FailedRequest = z.infer<typeof failedRequestSchema>;

/**
 * What the customer did and what went wrong on one touchpoint window (a page load, or one single-page-app route).
 * Counts and examples only: no typed value, key or field content is ever part of it.
 */
export const interactionSchema = z.strictObject({
  clicks: count,
  rageClicks: examples(rageClickSchema),
  deadClicks: examples(deadClickSchema),
  /** Key presses, a count only: auto-repeat and modifier keys on their own are not counted. */
  keystrokes: count,
  /** The largest fraction of the page height seen: (scrollY + viewport height) / scrollHeight. */
  scrollDepth: z.number().min(0).max(1),
  scrollDistancePx: z.number().nonnegative().max(1e9),
  /** Changes of scroll direction after a run of at least half a viewport. */
  scrollReversals: count,
  excessiveScroll: z.boolean(),
  validationErrors: examples(validationErrorSchema),
  jsErrors: z.strictObject({ count, examples: examples(jsErrorSchema) }),
  failedRequests: z.strictObject({ count, examples: examples(failedRequestSchema) }),
  /** Selectors of fields where a paste by the customer was cancelled by the page. */
  pasteBlocked: examples(selector),
});
export type Interaction = z.infer<typeof interactionSchema>;

export { emptyInteraction } from '../measure/empty-interaction';
