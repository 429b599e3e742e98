import { z } from 'zod';
import { MAX_LABEL, MAX_SELECTOR } from '../measure/describe-element';
import { fieldPurposeSchema } from './autofill-field';
import { MAX_GROUPS, MAX_FIELDS_PER_GROUP, MAX_CROSS_ORIGIN_FRAMES, MAX_AUTOCOMPLETE } from './limits';

const count = z.number().int().nonnegative().max(1_000_000);
const selector = z.string().max(MAX_SELECTOR);

/**
 * What a customer fills in. `text` is every single-line text-like control (text, email, tel, url, number,
 * password, search, date and time kinds, role=textbox/searchbox/spinbutton); `select` includes custom
 * role=combobox/listbox widgets; `textarea` includes contenteditable regions and multi-line role=textbox;
 * `other` is range and colour pickers and role=slider.
 */
export const fieldKindSchema = z.enum(['text', 'select', 'checkbox', 'radio', 'textarea', 'file', 'other']);
export type FieldKind = z.infer<typeof fieldKindSchema>;

/** The control as written: a native input type (unknown types are `text`, as browsers treat them) or an ARIA role. */
export const controlTypeSchema = z.enum([
  'text',
  'email',
  'tel',
  'url',
  'number',
  'password',
  'search',
  'date',
  'time',
  'datetime-local',
  'month',
  'week',
  'checkbox',
  'radio',
  'file',
  'range',
  'color',
  'select-one',
  'select-multiple',
  'textarea',
  'contenteditable',
  'aria-textbox',
  'aria-searchbox',
  'aria-spinbutton',
  'aria-combobox',
  'aria-listbox',
  'aria-checkbox',
  'aria-switch',
  'aria-radio',
  'aria-slider',
]);
export type ControlType = z.infer<typeof controlTypeSchema>;

/** Where a field's accessible name came from; `none` means it has none. */
export const nameSourceSchema = z.enum([
  'aria-labelledby',
  'aria-label',
  'label',
  'legend',
  'title',
  'content',
  'placeholder',
  'none',
]);
export type NameSource = z.infer<typeof nameSourceSchema>;

export const fieldFlagSchema = z.enum([
  'unlabeled',
  'placeholder-only',
  'autocomplete-missing',
  'autocomplete-invalid',
  'paste-blocked',
  'keyboard-mismatch',
  'disabled',
]);
export type FieldFlag = z.infer<typeof fieldFlagSchema>;

export const captchaKindSchema = z.enum(['recaptcha', 'hcaptcha', 'turnstile', 'friendly-captcha', 'other']);
export type CaptchaKind = z.infer<typeof captchaKindSchema>;

/** One field as evidence. Never a value: the name is the label's text, the autocomplete token the page's markup. */
export const fieldEvidenceSchema = z.strictObject({
  selector,
  kind: fieldKindSchema,
  type: controlTypeSchema,
  required: z.boolean(),
  /** Accessible name, collapsed and clipped; empty when there is none. */
  name: z.string().max(MAX_LABEL),
  nameSource: nameSourceSchema,
  /** The autocomplete attribute as written (clipped), absent when the field has none. */
  autocomplete: z.string().max(MAX_AUTOCOMPLETE).optional(),
  /** What the field asks for, from its autocomplete token or else guessed from type, name, id and label. */
  purpose: fieldPurposeSchema.optional(),
  /** A radio group is one field; this is how many visible options it has. */
  options: count.optional(),
  inShadow: z.boolean(),
  flags: z.array(fieldFlagSchema).max(fieldFlagSchema.options.length),
});
export type FieldEvidence = z.infer<typeof fieldEvidenceSchema>;

const kindCounts = z.strictObject({
  text: count,
  select: count,
  checkbox: count,
  radio: count,
  textarea: count,
  file: count,
  other: count,
});

/** Counts over the visible fields of a group (or of the whole census); a radio group counts once. */
export const fieldCountsSchema = z.strictObject({
  fields: count,
  byKind: kindCounts,
  types: z.partialRecord(controlTypeSchema, count),
  required: count,
  optional: count,
  password: count,
  unlabeled: count,
  placeholderOnly: count,
  autocompleteMissing: count,
  autocompleteInvalid: count,
  pasteBlocked: count,
  keyboardMismatch: count,
  disabled: count,
  /** Controls that are not fields: not rendered (hidden, inert, aria-hidden, ...) or honeypots for bots. */
  skipped: z.strictObject({ notRendered: count, honeypot: count }),
});
export type FieldCounts = z.infer<typeof fieldCountsSchema>;

/** A <form>, or the form-less fields of one document or shadow root. */
export const formGroupSchema = z.strictObject({
  /** The form's selector; for form-less fields `body` of their document, or their shadow host's selector. */
  selector,
  isForm: z.boolean(),
  /** The form's accessible name (aria-labelledby, aria-label, title) or else its name attribute. */
  name: z.string().max(MAX_LABEL).optional(),
  id: z.string().max(MAX_LABEL).optional(),
  /** Selectors of the same-origin iframes the group lives in, outermost first, joined by " >> ". */
  frame: selector.optional(),
  /** The shadow host the group lives in (the innermost one), when it lives in a shadow root. */
  shadowHost: selector.optional(),
  counts: fieldCountsSchema,
  captcha: z.array(captchaKindSchema).max(captchaKindSchema.options.length),
  /** Evidence in document order; shorter than counts.fields when a cap was reached. */
  fields: z.array(fieldEvidenceSchema).max(MAX_FIELDS_PER_GROUP),
});
export type FormGroup = z.infer<typeof formGroupSchema>;

/**
 * The form census of one page at one moment: its forms and form-less field groups, in open (or opened) shadow
 * roots and same-origin frames too, with totals over all of them. Taken again when forms appear or change.
 */
export const formCensusSchema = z.strictObject({
  /** Groups with at least one field or a CAPTCHA, in document order; at most MAX_GROUPS. */
  groups: z.array(formGroupSchema).max(MAX_GROUPS),
  /** How many such groups there were, also past the cap. */
  groupCount: count,
  /** Over every group, including those past the cap and those without fields (their skipped controls). */
  totals: fieldCountsSchema,
  captcha: z.array(captchaKindSchema).max(captchaKindSchema.options.length),
  shadowRoots: count,
  sameOriginFrames: count,
  /** Frames whose fields cannot be read (another origin, e.g. a payment provider's card fields). */
  crossOriginFrames: z
    .array(z.strictObject({ selector, origin: z.string().max(MAX_SELECTOR) }))
    .max(MAX_CROSS_ORIGIN_FRAMES),
  crossOriginFrameCount: count,
  /** A cap (groups, evidence, nesting depth) was reached: counts may be incomplete past the nesting depth. */
  truncated: z.boolean(),
  /**
   * Distinct visible fields seen on the touchpoint over its whole time, at least `totals.fields`: a multi-step
   * checkout on one address shows its steps one after another, and the customer filled them all. Set by the
   * recorder, which keeps the census's field evidence of the touchpoint's window.
   */
  seenFields: count.optional(),
});
export type FormCensus = z.infer<typeof formCensusSchema>;
