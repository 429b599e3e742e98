import { z } from 'zod';
import { MAX_LABEL, MAX_SELECTOR } from '../measure/describe-element';
import { MAX_PHONE_EXAMPLES } from './limits';

const count = z.number().int().nonnegative().max(1_000_000);
const px = z.number().nonnegative().max(1_000_000);
const selector = z.string().max(MAX_SELECTOR);

export const tapTargetExampleSchema = z.strictObject({
  selector,
  label: z.string().max(MAX_LABEL),
  width: px,
  height: px,
  /** Too small and too close to another target: fails WCAG 2.2 SC 2.5.8. */
  crowded: z.boolean(),
});
export type TapTargetExample = z.infer<typeof tapTargetExampleSchema>;

/** Tap targets against WCAG 2.2 SC 2.5.8 Target Size (Minimum), level AA: 24 x 24 CSS px or enough spacing. */
export const tapTargetCheckSchema = z.strictObject({
  /** Rendered interactive targets looked at, the inline ones included. */
  checked: count,
  /** Under 24 CSS px but inside a sentence: exempt under the SC's "inline" exception. */
  inline: count,
  /** Under 24 CSS px in width or height (and not inline). */
  tooSmall: count,
  /** Too small and their 24 px circle meets another target or another small target's circle: these fail. */
  crowded: count,
  /** More targets than were looked at: the counts are a lower bound. */
  truncated: z.boolean(),
  examples: z.array(tapTargetExampleSchema).max(MAX_PHONE_EXAMPLES),
});
export type TapTargetCheck = z.infer<typeof tapTargetCheckSchema>;

/** What `<meta name="viewport">` tells a phone: lay out at its own width, at a fixed width, or (missing) at ~980 px. */
export const viewportMetaSchema = z.enum(['device-width', 'fixed', 'missing']);
export type ViewportMeta = z.infer<typeof viewportMetaSchema>;

export const smallTextExampleSchema = z.strictObject({ selector, fontSizePx: px, chars: count });

/** Text under 12 px, as Lighthouse's "Document uses legible font sizes" audit counts it (by characters). */
export const smallTextCheckSchema = z.strictObject({
  /** Characters of visible text looked at (a sample on long pages). */
  chars: count,
  smallChars: count,
  /** smallChars / chars, 0 when no text was looked at. */
  smallShare: z.number().min(0).max(1),
  /** The page had more text than was looked at: the share is from an even sample. */
  sampled: z.boolean(),
  viewportMeta: viewportMetaSchema,
  /** `user-scalable=no` or `maximum-scale` under 2: the customer cannot zoom in to read. */
  zoomBlocked: z.boolean(),
  examples: z.array(smallTextExampleSchema).max(MAX_PHONE_EXAMPLES),
});
export type SmallTextCheck = z.infer<typeof smallTextCheckSchema>;

export const sidewaysScrollCheckSchema = z.strictObject({
  /** The page is wider than the viewport by more than a pixel: the customer can scroll it sideways. */
  overflows: z.boolean(),
  overflowPx: px,
  viewportWidth: px,
  /** The element reaching furthest to the right, when found within the search's limit. */
  widestElement: selector.optional(),
});
export type SidewaysScrollCheck = z.infer<typeof sidewaysScrollCheckSchema>;

/** What hurts on a phone, measured on one touchpoint in the viewport the page was shown in. */
export const phoneCheckSchema = z.strictObject({
  tapTargets: tapTargetCheckSchema,
  smallText: smallTextCheckSchema,
  sidewaysScroll: sidewaysScrollCheckSchema,
});
export type PhoneCheck = z.infer<typeof phoneCheckSchema>;
