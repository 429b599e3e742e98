// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseAutocomplete } from './autocomplete-tokens';
import { fieldPurpose, wordsOf } from './field-purpose';

function purposeOf(html: string, label = '') {
  document.body.innerHTML = html;
  const el = document.body.firstElementChild!;
  return fieldPurpose(el, label, parseAutocomplete(el.getAttribute('autocomplete')));
}

describe('fieldPurpose', () => {
  it('takes a valid autocomplete token at its word', () => {
    expect(purposeOf('<input name="x" autocomplete="shipping postal-code">')).toBe('postal-code');
    expect(purposeOf('<input name="email" autocomplete="bogus">')).toBe('email');
  });
  it('guesses from the type, then from name, id, label and placeholder', () => {
    expect(purposeOf('<input type="email" name="x">')).toBe('email');
    expect(purposeOf('<input type="password" name="pw">')).toBe('current-password');
    expect(purposeOf('<input type="password" name="pw">', 'Repeat password')).toBe('new-password');
    expect(purposeOf('<input name="billing[firstName]">')).toBe('given-name');
    expect(purposeOf('<input name="field_7">', 'Nachname')).toBe('family-name');
    expect(purposeOf('<input id="zipCode">')).toBe('postal-code');
    expect(purposeOf('<input placeholder="PLZ">')).toBe('postal-code');
    expect(purposeOf('<select name="country"></select>')).toBe('country');
    expect(purposeOf('<input name="company_name">')).toBe('organization');
    expect(purposeOf('<input name="card_holder_name">')).toBe('cc-name');
    expect(purposeOf('<input name="email_address">')).toBe('email');
    expect(purposeOf('<textarea name="address"></textarea>')).toBe('street-address');
    expect(purposeOf('<select name="dob_month"></select>')).toBe('bday-month');
    expect(purposeOf('<input name="qty">')).toBe('quantity');
    expect(purposeOf('<input name="name">')).toBe('name');
  });
  it('says nothing for searches, coupons, notes and unknown words', () => {
    expect(purposeOf('<input type="search" name="email">')).toBeUndefined();
    expect(purposeOf('<input name="gift_card_number">')).toBeUndefined();
    expect(purposeOf('<textarea name="delivery_note"></textarea>', 'Note for the address')).toBeUndefined();
    expect(purposeOf('<input name="field_7">')).toBeUndefined();
  });
});

describe('wordsOf', () => {
  it('splits camelCase and separators', () => {
    expect(wordsOf('billing_firstName[e-mail]')).toBe('billing first name e mail ');
  });
});
