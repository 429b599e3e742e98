import type { FieldEvidence, FieldFlag } from '../model/form-census';
import { MAX_AUTOCOMPLETE } from '../model/limits';
import { accessibleName, firstChildNamed, groupLabel } from './accessible-name';
import { parseAutocomplete } from './autocomplete-tokens';
import type { Control } from './field-control';
import { expectsAutocomplete, fieldPurpose } from './field-purpose';
import { hasKeyboardMismatch } from './on-screen-keyboard';

export interface FieldContext {
  labelsFor: ReadonlyMap<string, Element[]>;
  inShadow: boolean;
  isPasteBlocked: (field: Element) => boolean;
}

const TYPED = new Set(['text', 'textarea']);
const FILLABLE = new Set(['text', 'select', 'textarea']);

function isDisabled(el: Element, control: Control): boolean {
  if (el.getAttribute('aria-disabled') === 'true') return true;
  if (!control.native) return false;
  if (el.hasAttribute('disabled')) return true;
  // A disabled fieldset disables its controls, except those in its first legend (HTML "actually disabled").
  const fieldset = el.closest('fieldset[disabled]');
  const legend = fieldset && firstChildNamed(fieldset, 'legend');
  return !!fieldset && !(legend && legend.contains(el));
}

function isRequired(el: Element, control: Control): boolean {
  return (control.native && el.hasAttribute('required')) || el.getAttribute('aria-required') === 'true';
}

/**
 * One visible field as evidence: what it is, whether it is required, its accessible name and the friction flags.
 * Reads markup only (attributes, label text), never the field's value or checkedness. A disabled field is
 * counted (the customer sees it) but is never required: browsers do not validate it. The selector is left empty
 * for the caller to fill in for the fields it keeps (see census-group.ts).
 */
export function describeField(el: Element, control: Control, ctx: FieldContext): FieldEvidence {
  const disabled = isDisabled(el, control);
  const own = accessibleName(el, ctx.labelsFor);
  const legend = control.kind === 'radio' ? groupLabel(el) : '';
  const written = el.getAttribute('autocomplete');
  const autocomplete = parseAutocomplete(written);
  const purpose = FILLABLE.has(control.kind) ? fieldPurpose(el, own.name || legend, autocomplete) : undefined;
  const flags = new Set<FieldFlag>();
  if (own.source === 'none') flags.add('unlabeled');
  if (own.source === 'placeholder') flags.add('placeholder-only');
  if (control.native && autocomplete.status === 'invalid') flags.add('autocomplete-invalid');
  if (control.native && expectsAutocomplete(purpose) && autocomplete.status !== 'valid') {
    flags.add('autocomplete-missing');
  }
  if (TYPED.has(control.kind) && ctx.isPasteBlocked(el)) flags.add('paste-blocked');
  if (hasKeyboardMismatch(el, purpose)) flags.add('keyboard-mismatch');
  if (disabled) flags.add('disabled');
  return {
    selector: '',
    kind: control.kind,
    type: control.type,
    required: !disabled && isRequired(el, control),
    name: legend || own.name,
    nameSource: legend ? 'legend' : own.source,
    ...(written !== null ? { autocomplete: written.trim().slice(0, MAX_AUTOCOMPLETE) } : {}),
    ...(purpose ? { purpose } : {}),
    ...(control.kind === 'radio' ? { options: 1 } : {}),
    inShadow: ctx.inShadow,
    flags: [...flags],
  };
}

/**
 * Adds another visible option to a radio group's evidence: the group is required if any option is, and
 * unlabeled if any option has no name of its own (a customer cannot tell the options apart).
 */
export function addRadioOption(group: FieldEvidence, option: Element, control: Control, ctx: FieldContext): void {
  const more = describeField(option, control, ctx);
  group.options = (group.options ?? 1) + 1;
  group.required ||= more.required;
  if (more.flags.includes('unlabeled') && !group.flags.includes('unlabeled')) group.flags.push('unlabeled');
}
