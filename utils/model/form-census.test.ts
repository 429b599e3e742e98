import { describe, expect, it } from 'vitest';
import { formCensusSchema, type FieldCounts, type FieldEvidence, type FormCensus } from './form-census';

const counts: FieldCounts = {
  fields: 1,
  byKind: { text: 1, select: 0, checkbox: 0, radio: 0, textarea: 0, file: 0, other: 0 },
  types: { email: 1 },
  required: 1,
  optional: 0,
  password: 0,
  unlabeled: 0,
  placeholderOnly: 0,
  autocompleteMissing: 0,
  autocompleteInvalid: 0,
  pasteBlocked: 0,
  keyboardMismatch: 0,
  disabled: 0,
  skipped: { notRendered: 2, honeypot: 1 },
};
const field: FieldEvidence = {
  selector: '#email',
  kind: 'text',
  type: 'email',
  required: true,
  name: 'E-mail',
  nameSource: 'label',
  autocomplete: 'section-a billing email',
  purpose: 'email',
  inShadow: false,
  flags: [],
};
const census: FormCensus = {
  groups: [{ selector: '#checkout', isForm: true, id: 'checkout', counts, captcha: ['turnstile'], fields: [field] }],
  groupCount: 1,
  totals: counts,
  captcha: ['turnstile'],
  shadowRoots: 0,
  sameOriginFrames: 0,
  crossOriginFrames: [{ selector: '#card', origin: 'https://js.stripe.com' }],
  crossOriginFrameCount: 1,
  truncated: false,
};

describe('formCensusSchema', () => {
  it('accepts a census and round-trips it through JSON', () => {
    expect(formCensusSchema.parse(JSON.parse(JSON.stringify(census)))).toEqual(census);
  });
  it('rejects what a hostile import could grow or invent', () => {
    const withField = (patch: Partial<FieldEvidence>) => ({
      ...census,
      groups: [{ ...census.groups[0]!, fields: [{ ...field, ...patch }] }],
    });
    expect(formCensusSchema.safeParse(withField({ name: 'x'.repeat(121) })).success).toBe(false);
    expect(formCensusSchema.safeParse(withField({ kind: 'button' as never })).success).toBe(false);
    expect(formCensusSchema.safeParse({ ...withField({}), value: 'typed' }).success).toBe(false);
    expect(formCensusSchema.safeParse({ ...census, totals: { ...counts, fields: -1 } }).success).toBe(false);
    expect(formCensusSchema.safeParse({ ...census, totals: { ...counts, fields: 1.5 } }).success).toBe(false);
    expect(
      formCensusSchema.safeParse({ ...census, totals: { ...counts, types: { ...counts.types, blink: 1 } } }).success,
    ).toBe(false);
    const many = { ...census, groups: [{ ...census.groups[0]!, fields: Array(101).fill(field) }] };
    expect(formCensusSchema.safeParse(many).success).toBe(false);
  });
});
