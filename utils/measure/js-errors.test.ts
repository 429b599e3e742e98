// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_MESSAGE } from '../model/limits';
import { cleanPageMessage, describePageError, PAGE_ERROR_EVENT, pageErrorMessage, relayPageErrors } from './js-errors';

describe('cleanPageMessage', () => {
  it("masks what may echo the customer's typing: quoted text, e-mail addresses, digit runs", () => {
    expect(cleanPageMessage(`Please include an '@' in the email address. 'marker42x' is missing an '@'.`)).toBe(
      'Please include an "…" in the email address. "…" is missing an "…".',
    );
    expect(cleanPageMessage('Unexpected token \'a\', "abc" is not valid JSON')).toBe(
      'Unexpected token "…", "…" is not valid JSON',
    );
    expect(cleanPageMessage('„Müller“ ist kein gültiger Name')).toBe('"…" ist kein gültiger Name');
    expect(cleanPageMessage('No account for jane.doe@example.com')).toBe('No account for …@…');
    expect(cleanPageMessage('Postcode 10115 not delivered to')).toBe('Postcode ### not delivered to');
  });
  it('keeps apostrophes inside words and short numbers', () => {
    expect(cleanPageMessage("We can't ship 2 items")).toBe("We can't ship 2 items");
  });
  it('collapses white space and clips', () => {
    expect(cleanPageMessage('  a \n\n b ')).toBe('a b');
    expect(cleanPageMessage('x'.repeat(5_000))).toHaveLength(MAX_MESSAGE);
  });
});

describe('pageErrorMessage', () => {
  it('accepts a string and nothing else', () => {
    expect(pageErrorMessage('TypeError: x is undefined (app.js:12)')).toBe('TypeError: x is undefined (app.js:12)');
    expect(pageErrorMessage({ message: 'x' })).toBeUndefined();
    expect(pageErrorMessage('')).toBeUndefined();
    expect(pageErrorMessage(null)).toBeUndefined();
  });
});

describe('describePageError', () => {
  it('names the message and the script file without its query', () => {
    const event = new ErrorEvent('error', {
      message: 'Uncaught TypeError: cart is null',
      filename: 'https://shop.example/assets/app.js?v=123&token=abc',
      lineno: 42,
    });
    expect(describePageError(event)).toBe('Uncaught TypeError: cart is null (app.js:42)');
  });
  it('describes an unhandled rejection, even one whose reason cannot be printed', () => {
    const rejection = (reason: unknown) => Object.assign(new Event('unhandledrejection'), { reason });
    expect(describePageError(rejection(new RangeError('bad size')))).toBe('Unhandled rejection: RangeError: bad size');
    const hostile = {
      toString: () => {
        throw new Error('no');
      },
    };
    expect(describePageError(rejection(hostile))).toBe('Unhandled rejection: object');
  });
});

describe('relayPageErrors', () => {
  let stops: (() => void)[] = [];
  afterEach(() => stops.forEach((stop) => stop()));

  function collect(): string[] {
    const seen: string[] = [];
    document.addEventListener(PAGE_ERROR_EVENT, (e) => seen.push(String((e as CustomEvent).detail)));
    return seen;
  }

  it('relays script errors at window, but not resource load errors', () => {
    const seen = collect();
    stops = [relayPageErrors(window)];
    window.dispatchEvent(new ErrorEvent('error', { message: 'boom' }));
    const img = document.createElement('img');
    document.body.append(img);
    img.dispatchEvent(new Event('error'));
    expect(seen).toEqual(['boom']);
  });
  it('stops an older relay when a newer one starts, so errors are not counted twice', () => {
    const seen = collect();
    stops = [relayPageErrors(window), relayPageErrors(window)];
    window.dispatchEvent(new ErrorEvent('error', { message: 'once' }));
    expect(seen).toEqual(['once']);
  });
});
