// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hasKeyboardMismatch, keyboardOf } from './on-screen-keyboard';

function field(html: string) {
  document.body.innerHTML = html;
  return document.body.querySelector('input, textarea, [role]')!;
}

describe('keyboardOf', () => {
  it('follows the type, and inputmode over the type', () => {
    expect(keyboardOf(field('<input type="email">'))).toBe('email');
    expect(keyboardOf(field('<input type="text" inputmode="numeric">'))).toBe('numeric');
    expect(keyboardOf(field('<input type="email" inputmode="text">'))).toBe('text');
    expect(keyboardOf(field('<input type="text" inputmode="bogus">'))).toBe('text');
    expect(keyboardOf(field('<input type="checkbox">'))).toBeUndefined();
    expect(keyboardOf(field('<input type="date">'))).toBeUndefined();
  });
});

describe('hasKeyboardMismatch', () => {
  it('flags e-mail, phone and number fields with a letter keyboard', () => {
    expect(hasKeyboardMismatch(field('<input type="text">'), 'email')).toBe(true);
    expect(hasKeyboardMismatch(field('<input type="text">'), 'tel')).toBe(true);
    expect(hasKeyboardMismatch(field('<input type="text">'), 'postal-code')).toBe(true);
    expect(hasKeyboardMismatch(field('<input type="text">'), 'cc-number')).toBe(true);
    expect(hasKeyboardMismatch(field('<input type="text">'), 'quantity')).toBe(true);
    expect(hasKeyboardMismatch(field('<input type="tel">'), 'email')).toBe(true);
  });
  it('accepts the right keyboard, by type or inputmode', () => {
    expect(hasKeyboardMismatch(field('<input type="email">'), 'email')).toBe(false);
    expect(hasKeyboardMismatch(field('<input type="text" inputmode="email">'), 'email')).toBe(false);
    expect(hasKeyboardMismatch(field('<input type="tel">'), 'tel')).toBe(false);
    expect(hasKeyboardMismatch(field('<input inputmode="numeric">'), 'postal-code')).toBe(false);
    expect(hasKeyboardMismatch(field('<input type="tel">'), 'cc-number')).toBe(false);
    expect(hasKeyboardMismatch(field('<input type="number">'), 'quantity')).toBe(false);
    expect(hasKeyboardMismatch(field('<input type="text">'), 'given-name')).toBe(false);
    expect(hasKeyboardMismatch(field('<input type="text">'), undefined)).toBe(false);
  });
  it('expects no number pad for postcodes with letters', () => {
    expect(hasKeyboardMismatch(field('<div lang="en-GB"><input type="text"></div>'), 'postal-code')).toBe(false);
    expect(hasKeyboardMismatch(field('<input type="text" pattern="[A-Za-z0-9 ]+">'), 'postal-code')).toBe(false);
  });
});
