import { describe, expect, it } from 'vitest';
import { MAX_TEXT, MAX_URL } from '../model/limits';
import { touchpointSchema, type Arrival } from '../model/touchpoint';
import { isNewStep, newTouchpoint } from './new-touchpoint';
import { arrived, T0 } from './test-fixtures';

describe('newTouchpoint', () => {
  it('records the page, its arrival and the moment it was entered', () => {
    const tp = newTouchpoint(
      'audit-1',
      3,
      arrived('https://shop.example/cart?x=1#top', 'back-forward', { title: 'Cart' }),
      T0,
    );
    expect(tp).toMatchObject({
      auditId: 'audit-1',
      seq: 3,
      channel: 'web',
      url: 'https://shop.example/cart?x=1#top',
      origin: 'https://shop.example',
      title: 'Cart',
      arrival: 'back-forward',
      backForward: true,
      enteredAt: T0,
      visibleMs: 0,
      note: '',
    });
    expect(tp.leftAt).toBeUndefined();
  });

  it('is a valid stored touchpoint', () => {
    expect(touchpointSchema.safeParse(newTouchpoint('audit-1', 0, arrived('https://shop.example/'), T0)).success).toBe(
      true,
    );
  });

  it('starts the visible time when the page is shown in front', () => {
    expect(newTouchpoint('a', 0, arrived('https://shop.example/', 'load', { visible: true }), T0).visibleSince).toBe(
      T0,
    );
  });

  it('has no visibleSince at all when the page is behind another tab', () => {
    const tp = newTouchpoint('a', 0, arrived('https://shop.example/', 'load', { visible: false }), T0);
    expect('visibleSince' in tp).toBe(false);
  });

  it('has an empty origin when the URL cannot be parsed', () => {
    expect(newTouchpoint('a', 0, arrived('not a url'), T0).origin).toBe('');
  });

  it('gives every touchpoint its own id', () => {
    const page = arrived('https://shop.example/');
    expect(newTouchpoint('a', 0, page, T0).id).not.toBe(newTouchpoint('a', 0, page, T0).id);
  });
});

describe('isNewStep', () => {
  const open = { url: 'https://shop.example/list?page=2' };

  it('takes any arrival as a new step when no touchpoint is open', () => {
    expect(isNewStep(undefined, arrived(open.url, 'history'))).toBe(true);
  });

  it('does not take a replaceState to the same URL as a new step', () => {
    expect(isNewStep(open, arrived(open.url, 'history'))).toBe(false);
  });

  it('does not take a fragment update to the same URL as a new step', () => {
    expect(isNewStep(open, arrived(open.url, 'hash'))).toBe(false);
  });

  it.each<Arrival>(['reload', 'load', 'form-submit', 'back-forward'])(
    'takes a %s of the same URL as a new step',
    (arrival) => {
      expect(isNewStep(open, arrived(open.url, arrival))).toBe(true);
    },
  );

  it('takes a route change to another URL as a new step', () => {
    expect(isNewStep(open, arrived('https://shop.example/list?page=3', 'history'))).toBe(true);
  });

  it('takes a change to another fragment as a new step', () => {
    expect(isNewStep(open, arrived(`${open.url}#reviews`, 'hash'))).toBe(true);
  });
});

describe('hostile pages', () => {
  it('cuts a title and a URL to the lengths an export may carry, so the audit stays importable', () => {
    const tp = newTouchpoint(
      'a',
      0,
      arrived(`https://shop.example/?q=${'x'.repeat(20_000)}`, 'load', { title: 't'.repeat(50_000) }),
      T0,
    );
    expect(tp.url).toHaveLength(MAX_URL);
    expect(tp.title).toHaveLength(MAX_TEXT);
    expect(touchpointSchema.safeParse(tp).success).toBe(true);
  });
});
