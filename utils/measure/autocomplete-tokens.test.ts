import { describe, expect, it } from 'vitest';
import { parseAutocomplete } from './autocomplete-tokens';

describe('parseAutocomplete', () => {
  it('finds no token in a missing or blank attribute', () => {
    expect(parseAutocomplete(null)).toEqual({ status: 'absent' });
    expect(parseAutocomplete('   ')).toEqual({ status: 'absent' });
  });
  it('knows on and off only when they stand alone', () => {
    expect(parseAutocomplete('off')).toEqual({ status: 'off' });
    expect(parseAutocomplete(' ON ')).toEqual({ status: 'on' });
    expect(parseAutocomplete('off email')).toEqual({ status: 'invalid' });
  });
  it('accepts sections, shipping/billing, contact types and webauthn in the spec order', () => {
    expect(parseAutocomplete('shipping postal-code')).toEqual({ status: 'valid', fieldName: 'postal-code' });
    expect(parseAutocomplete('section-a billing email')).toEqual({ status: 'valid', fieldName: 'email' });
    expect(parseAutocomplete('section-checkout shipping work tel-national')).toEqual({
      status: 'valid',
      fieldName: 'tel-national',
    });
    expect(parseAutocomplete('username webauthn')).toEqual({ status: 'valid', fieldName: 'username' });
    expect(parseAutocomplete('Section-X BILLING CC-Number')).toEqual({ status: 'valid', fieldName: 'cc-number' });
  });
  it('rejects tokens out of order, unknown names and contact types before non-contact names', () => {
    for (const bad of [
      'billing section-a email',
      'email shipping',
      'zip',
      'firstname',
      'mobile postal-code',
      'home',
      'shipping',
      'email email',
      'webauthn email',
      'new-password off',
    ]) {
      expect(parseAutocomplete(bad), bad).toEqual({ status: 'invalid' });
    }
  });
});
