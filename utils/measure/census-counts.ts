import type { FieldCounts, FieldEvidence, FieldFlag } from '../model/form-census';

export function emptyCounts(): FieldCounts {
  return {
    fields: 0,
    byKind: { text: 0, select: 0, checkbox: 0, radio: 0, textarea: 0, file: 0, other: 0 },
    types: {},
    required: 0,
    optional: 0,
    password: 0,
    unlabeled: 0,
    placeholderOnly: 0,
    autocompleteMissing: 0,
    autocompleteInvalid: 0,
    pasteBlocked: 0,
    keyboardMismatch: 0,
    disabled: 0,
    skipped: { notRendered: 0, honeypot: 0 },
  };
}

type FlagCount = keyof Omit<
  FieldCounts,
  'fields' | 'byKind' | 'types' | 'required' | 'optional' | 'password' | 'skipped'
>;
const FLAG_COUNTS: Record<FieldFlag, FlagCount> = {
  unlabeled: 'unlabeled',
  'placeholder-only': 'placeholderOnly',
  'autocomplete-missing': 'autocompleteMissing',
  'autocomplete-invalid': 'autocompleteInvalid',
  'paste-blocked': 'pasteBlocked',
  'keyboard-mismatch': 'keyboardMismatch',
  disabled: 'disabled',
};

/** Counts one field (a radio group is one) into `counts`. */
export function countField(counts: FieldCounts, field: FieldEvidence): void {
  counts.fields++;
  counts.byKind[field.kind]++;
  counts.types[field.type] = (counts.types[field.type] ?? 0) + 1;
  if (field.required) counts.required++;
  else counts.optional++;
  if (field.type === 'password') counts.password++;
  for (const flag of field.flags) counts[FLAG_COUNTS[flag]]++;
}

/** Adds the counts of one group to a running total. */
export function addCounts(total: FieldCounts, counts: FieldCounts): void {
  for (const key of Object.keys(FLAG_COUNTS) as FieldFlag[]) total[FLAG_COUNTS[key]] += counts[FLAG_COUNTS[key]];
  total.fields += counts.fields;
  total.required += counts.required;
  total.optional += counts.optional;
  total.password += counts.password;
  total.skipped.notRendered += counts.skipped.notRendered;
  total.skipped.honeypot += counts.skipped.honeypot;
  for (const kind of Object.keys(counts.byKind) as (keyof FieldCounts['byKind'])[]) {
    total.byKind[kind] += counts.byKind[kind];
  }
  for (const [type, n] of Object.entries(counts.types) as [keyof FieldCounts['types'], number][]) {
    total.types[type] = (total.types[type] ?? 0) + n;
  }
}
