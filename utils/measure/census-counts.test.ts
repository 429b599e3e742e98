import { describe, expect, it } from 'vitest';
import type { FieldEvidence } from '../model/form-census';
import { addCounts, countField, emptyCounts } from './census-counts';

const field = (patch: Partial<FieldEvidence>): FieldEvidence => ({
  selector: '',
  kind: 'text',
  type: 'text',
  required: false,
  name: 'x',
  nameSource: 'label',
  inShadow: false,
  flags: [],
  ...patch,
});

describe('census counts', () => {
  it('counts kinds, types, requiredness, passwords and every flag', () => {
    const counts = emptyCounts();
    countField(counts, field({ type: 'password', required: true, flags: ['autocomplete-missing', 'paste-blocked'] }));
    countField(counts, field({ kind: 'radio', type: 'radio', options: 3, flags: ['unlabeled'] }));
    countField(counts, field({ flags: ['placeholder-only', 'keyboard-mismatch', 'autocomplete-invalid', 'disabled'] }));
    expect(counts).toMatchObject({
      fields: 3,
      byKind: { text: 2, radio: 1 },
      types: { password: 1, radio: 1, text: 1 },
      required: 1,
      optional: 2,
      password: 1,
      unlabeled: 1,
      placeholderOnly: 1,
      autocompleteMissing: 1,
      autocompleteInvalid: 1,
      pasteBlocked: 1,
      keyboardMismatch: 1,
      disabled: 1,
    });
  });
  it('adds groups into a total, skipped controls included', () => {
    const a = emptyCounts();
    countField(a, field({ kind: 'select', type: 'select-one', required: true }));
    a.skipped = { notRendered: 2, honeypot: 1 };
    const total = emptyCounts();
    addCounts(total, a);
    addCounts(total, a);
    expect(total).toMatchObject({
      fields: 2,
      byKind: { select: 2 },
      types: { 'select-one': 2 },
      required: 2,
      skipped: { notRendered: 4, honeypot: 2 },
    });
  });
});
