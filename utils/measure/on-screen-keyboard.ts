import type { FieldPurpose } from '../model/autofill-field';
import { inputType } from './field-control';

/** The on-screen keyboard a phone shows for a field. `none`: the page draws its own (inputmode=none). */
export type Keyboard = 'text' | 'email' | 'tel' | 'numeric' | 'url' | 'none';

const BY_INPUTMODE: Record<string, Keyboard> = {
  none: 'none',
  text: 'text',
  search: 'text',
  decimal: 'numeric',
  numeric: 'numeric',
  tel: 'tel',
  email: 'email',
  url: 'url',
};
const BY_TYPE: Record<string, Keyboard> = {
  text: 'text',
  search: 'text',
  email: 'email',
  tel: 'tel',
  number: 'numeric',
  url: 'url',
};

/**
 * The keyboard a field brings up, or undefined for controls typed without one (checkboxes, selects, date
 * pickers, passwords, whose keyboard is the browser's business). A valid inputmode wins over the type, as in
 * browsers (https://html.spec.whatwg.org/multipage/interaction.html#input-modalities:-the-inputmode-attribute).
 */
export function keyboardOf(el: Element): Keyboard | undefined {
  let base: Keyboard | undefined;
  if (el.localName === 'input') base = BY_TYPE[inputType(el)];
  else if (el.localName === 'textarea' || el.hasAttribute('contenteditable')) base = 'text';
  else if (/^(textbox|searchbox|spinbutton)$/.test(el.getAttribute('role')?.trim() ?? '')) base = 'text';
  if (!base) return undefined;
  return BY_INPUTMODE[el.getAttribute('inputmode')?.trim().toLowerCase() ?? ''] ?? base;
}

const NUMERIC = new Set<FieldPurpose>([
  'postal-code',
  'cc-number',
  'cc-csc',
  'cc-exp-month',
  'cc-exp-year',
  'one-time-code',
  'bday-day',
  'bday-month',
  'bday-year',
  'transaction-amount',
  'quantity',
]);
// Postcodes with letters (UK, Canada, Ireland, the Netherlands, Malta): a digits-only keyboard would be wrong.
const LETTER_POSTCODES = /^(en-(gb|uk|ca|ie)|fr-ca|nl|ga|mt)\b/i;
const PATTERN_WITH_LETTERS = /a-z|A-Z|\\w|\[\^/;

/** The keyboard a purpose calls for, undefined when any keyboard will do. */
export function expectedKeyboard(
  purpose: FieldPurpose | undefined,
  el: Element,
): 'email' | 'tel' | 'numeric' | undefined {
  if (purpose === 'email') return 'email';
  if (purpose?.startsWith('tel')) return 'tel';
  if (purpose === 'postal-code') {
    const lang = el.closest('[lang]')?.getAttribute('lang') ?? el.ownerDocument.documentElement.lang;
    if (LETTER_POSTCODES.test(lang) || PATTERN_WITH_LETTERS.test(el.getAttribute('pattern') ?? '')) return undefined;
  }
  return purpose && NUMERIC.has(purpose) ? 'numeric' : undefined;
}

/**
 * Whether a field brings up the wrong keyboard for what it asks: an e-mail field without the e-mail keyboard,
 * a phone field with a letter keyboard, a number (postcode, card number, quantity) with a letter keyboard. The
 * phone keypad is accepted for numbers and the number pad for phone numbers: both put the digits first.
 */
export function hasKeyboardMismatch(el: Element, purpose: FieldPurpose | undefined): boolean {
  const expected = expectedKeyboard(purpose, el);
  const actual = keyboardOf(el);
  if (!expected || !actual || actual === 'none') return false;
  if (expected === 'email') return actual !== 'email';
  return actual !== 'tel' && actual !== 'numeric';
}
