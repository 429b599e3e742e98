import type { ControlType, FieldKind } from '../model/form-census';

export interface Control {
  kind: FieldKind;
  type: ControlType;
  /** A native input, select or textarea (has autocomplete, required, a form owner); else an ARIA or editable one. */
  native: boolean;
}

const TEXT_TYPES = new Set<ControlType>([
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
]);
const INPUT_KINDS: Partial<Record<ControlType, FieldKind>> = {
  checkbox: 'checkbox',
  radio: 'radio',
  file: 'file',
  range: 'other',
  color: 'other',
};
/** Buttons and hidden inputs carry no answer from the customer: they are not fields. */
const NOT_FIELDS = new Set(['hidden', 'submit', 'reset', 'button', 'image']);

const ROLES: Record<string, { kind: FieldKind; type: ControlType }> = {
  textbox: { kind: 'text', type: 'aria-textbox' },
  searchbox: { kind: 'text', type: 'aria-searchbox' },
  spinbutton: { kind: 'text', type: 'aria-spinbutton' },
  combobox: { kind: 'select', type: 'aria-combobox' },
  listbox: { kind: 'select', type: 'aria-listbox' },
  checkbox: { kind: 'checkbox', type: 'aria-checkbox' },
  switch: { kind: 'checkbox', type: 'aria-switch' },
  radio: { kind: 'radio', type: 'aria-radio' },
  slider: { kind: 'other', type: 'aria-slider' },
};
const NATIVE_FIELD = 'input:not([type="hidden" i]), select, textarea';

/**
 * Every element `controlOf` can call a field matches this selector (a test holds the two together): a census asks
 * the browser for these instead of testing each of a page's thousands of elements in script.
 */
export const CONTROL_CANDIDATES = 'input, select, textarea, [role], [contenteditable]';

/** The type of an input as the browser sees it: lower-cased, and `text` for a missing or unknown type. */
export function inputType(input: Element): string {
  const type = (input.getAttribute('type') ?? '').trim().toLowerCase();
  return type === '' ? 'text' : type;
}

function inputControl(input: Element): Control | undefined {
  const type = inputType(input);
  if (NOT_FIELDS.has(type)) return undefined;
  const known = TEXT_TYPES.has(type as ControlType) || type in INPUT_KINDS ? (type as ControlType) : 'text';
  return { kind: INPUT_KINDS[known] ?? 'text', type: known, native: true };
}

function isEditableRoot(el: Element): boolean {
  const editable = (e: Element) => {
    const value = e.getAttribute('contenteditable')?.trim().toLowerCase();
    return value !== undefined && value !== 'false';
  };
  if (!editable(el)) return false;
  const outer = el.parentElement?.closest('[contenteditable]');
  return !outer || !editable(outer);
}

/**
 * Ids of popups that belong to a combobox (aria-controls, aria-owns): their listbox is part of that one field.
 * One pass over a root's elements.
 */
export function comboboxPopupIds(elements: Iterable<Element>): Set<string> {
  const ids = new Set<string>();
  for (const el of elements) {
    if (el.getAttribute('role')?.trim().split(/\s+/)[0]?.toLowerCase() !== 'combobox') continue;
    for (const attr of ['aria-controls', 'aria-owns']) {
      for (const id of el.getAttribute(attr)?.split(/\s+/) ?? []) if (id) ids.add(id);
    }
  }
  return ids;
}

function ariaControl(el: Element, popupIds: ReadonlySet<string>): Control | undefined {
  const role = el.getAttribute('role')?.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const known = ROLES[role];
  if (!known) return undefined;
  // A wrapper around a native control (a styled checkbox, select2's combobox over a hidden select) is drawn for
  // the native one, which is counted on its own if it is rendered.
  if (el.querySelector(NATIVE_FIELD)) return undefined;
  if (role === 'listbox' && (popupIds.has(el.id) || el.parentElement?.closest('[role="combobox"]'))) return undefined;
  const multiline = el.getAttribute('aria-multiline') === 'true';
  return { kind: role === 'textbox' && multiline ? 'textarea' : known.kind, type: known.type, native: false };
}

/**
 * What kind of field an element is, or undefined when it is no field at all: buttons, submit/reset/image
 * controls and hidden inputs are not fields. Besides native inputs, selects and textareas, custom widgets count
 * by their ARIA role (textbox, searchbox, spinbutton, combobox, listbox, checkbox, switch, radio, slider), and
 * an editable region (contenteditable, outermost only) counts as a textarea. A combobox's own popup listbox is
 * not a second field. Whether the element is rendered is decided elsewhere.
 */
export function controlOf(el: Element, popupIds: ReadonlySet<string> = new Set()): Control | undefined {
  switch (el.localName) {
    case 'input':
      return inputControl(el);
    case 'select':
      return { kind: 'select', type: el.hasAttribute('multiple') ? 'select-multiple' : 'select-one', native: true };
    case 'textarea':
      return { kind: 'textarea', type: 'textarea', native: true };
  }
  const aria = ariaControl(el, popupIds);
  if (aria) return aria;
  if (isEditableRoot(el)) {
    const single = el.getAttribute('aria-multiline') === 'false';
    return { kind: single ? 'text' : 'textarea', type: 'contenteditable', native: false };
  }
  return undefined;
}
