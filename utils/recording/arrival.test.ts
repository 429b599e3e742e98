import { describe, expect, it } from 'vitest';
import { arrivalOfLoad } from './arrival';

describe('arrivalOfLoad', () => {
  it.each(['link', 'typed', 'auto_bookmark', 'generated', 'start_page', 'keyword', 'auto_toplevel'])(
    'calls a %s transition an ordinary load',
    (transition) => {
      expect(arrivalOfLoad(transition, [])).toBe('load');
    },
  );

  it('calls a reload transition a reload', () => {
    expect(arrivalOfLoad('reload', [])).toBe('reload');
  });

  it('calls a form_submit transition a form submit', () => {
    expect(arrivalOfLoad('form_submit', [])).toBe('form-submit');
  });

  it('calls a load with the forward_back qualifier back-forward, whatever its transition type', () => {
    expect(arrivalOfLoad('link', ['forward_back'])).toBe('back-forward');
    expect(arrivalOfLoad('reload', ['forward_back'])).toBe('back-forward');
    expect(arrivalOfLoad('form_submit', ['client_redirect', 'forward_back'])).toBe('back-forward');
  });

  it('calls a redirected or address-bar link an ordinary load', () => {
    expect(arrivalOfLoad('link', ['client_redirect', 'server_redirect'])).toBe('load');
    expect(arrivalOfLoad('typed', ['from_address_bar'])).toBe('load');
  });

  it('calls a redirected reload a reload', () => {
    expect(arrivalOfLoad('reload', ['server_redirect'])).toBe('reload');
  });
});
