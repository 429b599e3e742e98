// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hasHoneypotName, isMeantForPeople } from './honeypot';

function field(html: string) {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

describe('honeypot', () => {
  it('knows the names anti-spam traps use, by name or id', () => {
    for (const html of [
      '<input name="hp">',
      '<input name="website">',
      '<input id="honeypot_field">',
      '<input name="leave-blank">',
      '<input name="b_1a2b3c_4d5e6f">',
    ]) {
      expect(hasHoneypotName(field(html)), html).toBe(true);
    }
    expect(hasHoneypotName(field('<input name="email">'))).toBe(false);
    expect(hasHoneypotName(field('<input name="shipping">'))).toBe(false);
  });
  it('keeps a hidden custom checkbox with a visible label, unless it carries a trap mark', () => {
    expect(isMeantForPeople(field('<input type="checkbox" autocomplete="off">'), true)).toBe(true);
    expect(isMeantForPeople(field('<input type="checkbox">'), false)).toBe(false);
    expect(isMeantForPeople(field('<input type="checkbox" tabindex="-1">'), true)).toBe(false);
    expect(isMeantForPeople(field('<input name="url" type="text">'), true)).toBe(false);
    expect(isMeantForPeople(field('<input name="company" autocomplete="off">'), true)).toBe(false);
    expect(isMeantForPeople(field('<input type="file" name="photo">'), true)).toBe(true);
  });
});
