// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startInteractionTracker, type InteractionTracker } from './interaction-tracker';
import { PAGE_ERROR_EVENT } from './js-errors';
import { fakeLayout } from './test-layout';

const removers: (() => void)[] = [];
let tracker: InteractionTracker;
let changes = 0;

function start(html: string, layout = fakeLayout(document, { width: 1280, height: 800, scrollHeight: 4_000 })) {
  document.body.innerHTML = html;
  tracker = startInteractionTracker({
    doc: document,
    now: () => Date.now(),
    addEventListener(target, type, handler, options) {
      target.addEventListener(type, handler, options);
      removers.push(() => target.removeEventListener(type, handler, options));
    },
    setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
    onChange: () => (changes += 1),
    layout,
  });
  return tracker;
}

/** Events the browser makes for the customer are trusted; happy-dom's dispatchEvent makes untrusted ones. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const byId = (id: string) => document.getElementById(id)!;
function click(id: string, { x = 50, y = 50, detail = 1 } = {}) {
  byId(id).dispatchEvent(
    trusted(
      new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, detail }),
    ),
  );
}
function key(init: KeyboardEventInit = {}) {
  document.body.dispatchEvent(trusted(new KeyboardEvent('keydown', { bubbles: true, ...init })));
}

beforeEach(() => {
  vi.useFakeTimers();
  changes = 0;
});
afterEach(() => {
  tracker.stop();
  removers.splice(0).forEach((remove) => remove());
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.getSelection()?.removeAllRanges();
  window.scrollTo(0, 0);
});

describe('clicks and rage clicks', () => {
  it('counts trusted clicks only, not a page script clicking', () => {
    start(`<button id="b">Buy</button>`);
    click('b');
    byId('b').click();
    expect(tracker.snapshot().clicks).toBe(1);
    expect(changes).toBeGreaterThan(0);
  });
  it('reports 5 fast clicks on a dead button as one rage click with count 5', () => {
    start(`<button id="pay">Pay now</button>`);
    for (let i = 1; i <= 5; i++) {
      click('pay', { detail: i, x: 100 + i, y: 40 });
      vi.advanceTimersByTime(150);
    }
    vi.advanceTimersByTime(2_000);
    const { rageClicks, clicks } = tracker.snapshot();
    expect(clicks).toBe(5);
    expect(rageClicks).toEqual([
      { at: expect.any(Number) as number, selector: '#pay', label: 'Pay now', clickCount: 5 },
    ]);
  });
  it('shows a burst still going on in the snapshot once, with its count so far', () => {
    start(`<button id="pay">Pay</button>`);
    for (let i = 1; i <= 3; i++) click('pay', { detail: i });
    expect(tracker.snapshot().rageClicks.map((r) => r.clickCount)).toEqual([3]);
    click('pay', { detail: 4 });
    expect(tracker.snapshot().rageClicks.map((r) => r.clickCount)).toEqual([4]);
  });
  it('does not call 2 clicks, or 3 clicks over 1.2 s, a rage click', () => {
    start(`<button id="b">x</button>`);
    click('b');
    click('b');
    vi.advanceTimersByTime(5_000);
    for (let i = 0; i < 3; i++) {
      click('b');
      vi.advanceTimersByTime(600);
    }
    vi.advanceTimersByTime(2_000);
    expect(tracker.snapshot().rageClicks).toEqual([]);
  });
  it('does not call fast clicks on a text input or a number stepper a rage click', () => {
    start(`<input id="name"><input id="qty" type="number">`);
    for (let i = 1; i <= 5; i++) click('name', { detail: i });
    for (let i = 1; i <= 5; i++) click('qty', { detail: i });
    vi.advanceTimersByTime(2_000);
    expect(tracker.snapshot()).toMatchObject({ clicks: 10, rageClicks: [] });
  });
  it('does not call a triple click that selects text a rage click', () => {
    start(`<p id="para">Free returns within 30 days</p>`);
    click('para', { detail: 1 });
    document.getSelection()!.selectAllChildren(byId('para'));
    click('para', { detail: 2 });
    click('para', { detail: 3 });
    vi.advanceTimersByTime(2_000);
    expect(tracker.snapshot().rageClicks).toEqual([]);
  });
});

describe('dead clicks', () => {
  it('reports a click on a button that changes nothing within 1 s', () => {
    start(`<button id="apply">Apply voucher</button>`);
    click('apply');
    vi.advanceTimersByTime(999);
    expect(tracker.snapshot().deadClicks).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(tracker.snapshot().deadClicks).toEqual([
      { at: expect.any(Number) as number, selector: '#apply', label: 'Apply voucher' },
    ]);
  });
  it('does not report a button whose handler changes the DOM', () => {
    start(`<button id="more">Show more</button><ul id="list"></ul>`);
    byId('more').addEventListener('click', () => {
      // The list arrives after a request; the shared MutationObserver then tells the tracker.
      setTimeout(() => {
        byId('list').append(document.createElement('li'));
        tracker.noteMutation();
      }, 400);
    });
    click('more');
    vi.advanceTimersByTime(1_500);
    expect(tracker.snapshot().deadClicks).toEqual([]);
  });
  it('does not report a click on a plain div, which promised nothing', () => {
    start(`<div id="plain">Text</div>`);
    click('plain');
    vi.advanceTimersByTime(1_500);
    expect(tracker.snapshot().deadClicks).toEqual([]);
  });
  it.each([
    ['a scroll', () => document.dispatchEvent(new Event('scroll'))],
    ['a focus change', () => byId('field').focus()],
    ['an in-page URL change', () => history.pushState(null, '', `#step-${Math.random()}`)],
    ['a checkbox change', () => byId('box').dispatchEvent(new Event('change', { bubbles: true }))],
  ])('does not report a button answered by %s', (_, answer) => {
    start(`<button id="b">Next</button><input id="field"><input id="box" type="checkbox">`);
    byId('b').addEventListener('click', () => setTimeout(answer, 200));
    click('b');
    vi.advanceTimersByTime(1_500);
    expect(tracker.snapshot().deadClicks).toEqual([]);
  });
  it('reports a dead button clicked again and again once', () => {
    start(`<button id="pay">Pay</button>`);
    for (let i = 1; i <= 4; i++) {
      click('pay', { detail: i });
      vi.advanceTimersByTime(200);
    }
    vi.advanceTimersByTime(2_000);
    expect(tracker.snapshot().deadClicks).toHaveLength(1);
  });
});

describe('keystrokes', () => {
  it('counts key presses, without auto-repeat or modifiers alone, and stores no key', () => {
    start(`<input id="q">`);
    key({ key: 'r' });
    key({ key: 'a' });
    key({ key: 'a', repeat: true });
    key({ key: 'Shift', location: 1 });
    key({ key: 'Enter' });
    const snapshot = tracker.snapshot();
    expect(snapshot.keystrokes).toBe(3);
    expect(JSON.stringify(snapshot)).not.toMatch(/"(r|a|Enter|Shift)"/);
  });
});

describe('scroll', () => {
  it('records depth and distance, reading sizes at most once per throttle interval', () => {
    const layout = fakeLayout(document, { width: 1280, height: 800, scrollHeight: 4_000 });
    const reads = vi.spyOn(layout, 'viewport');
    start(`<main></main>`, layout);
    vi.advanceTimersByTime(100); // the first sample, at the top
    window.scrollTo(0, 1_200);
    for (let i = 0; i < 10; i++) document.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(100);
    window.scrollTo(0, 400);
    document.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(100);
    expect(reads).toHaveBeenCalledTimes(3);
    expect(tracker.snapshot()).toMatchObject({ scrollDepth: 0.5, scrollDistancePx: 2_000, excessiveScroll: false });
  });
  it('starts again at the current position after reset', () => {
    start(`<main></main>`);
    window.scrollTo(0, 3_200);
    document.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(100);
    expect(tracker.snapshot().scrollDepth).toBe(1);
    tracker.reset();
    window.scrollTo(0, 0);
    vi.advanceTimersByTime(100);
    expect(tracker.snapshot()).toMatchObject({ scrollDepth: 0.2, scrollDistancePx: 0 });
  });
});

describe('validation errors', () => {
  const form = `
    <form id="checkout" novalidate>
      <input id="email" required>
      <span id="email-error" class="error-message" hidden></span>
      <div id="notice" role="alert">Free shipping from 50 EUR</div>
      <button id="submit">Continue</button>
    </form>`;
  function showErrors() {
    byId('email').setAttribute('aria-invalid', 'true');
    byId('email').setAttribute('aria-errormessage', 'email-error');
    byId('email-error').hidden = false;
    byId('email-error').textContent = 'Please enter your e-mail address';
    const alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.textContent = 'Please correct the marked fields';
    byId('checkout').prepend(alert);
    tracker.noteMutation();
  }

  it('are not collected before a submit', () => {
    start(form);
    showErrors();
    vi.advanceTimersByTime(3_000);
    expect(tracker.snapshot().validationErrors).toEqual([]);
  });
  it('are collected after a submit: aria-invalid with its message, and a new alert, not the alert there before', () => {
    start(form);
    byId('checkout').addEventListener('submit', (e) => {
      e.preventDefault();
      setTimeout(showErrors, 300);
    });
    click('submit'); // happy-dom submits the form, as a browser does
    click('submit'); // a second submit shows the same errors again: still reported once
    vi.advanceTimersByTime(2_000);
    const errors = tracker.snapshot().validationErrors.map(({ kind, selector, message }) => [kind, selector, message]);
    expect(errors).toEqual([
      ['aria-invalid', '#email', 'Please enter your e-mail address'],
      ['alert', '#checkout > div:nth-of-type(1)', 'Please correct the marked fields'],
    ]);
  });
  it("records the browser's own invalid events after a submit click, by ValidityState key, once each", () => {
    start(`<form><input id="zip" required pattern="\\d{5}"><button id="go">Order</button></form>`);
    click('go');
    byId('zip').dispatchEvent(new Event('invalid', { cancelable: true }));
    byId('zip').dispatchEvent(new Event('invalid', { cancelable: true }));
    expect(tracker.snapshot().validationErrors).toEqual([
      { at: expect.any(Number) as number, kind: 'invalid-event', selector: '#zip', message: 'valueMissing' },
    ]);
  });
});

describe('paste', () => {
  function paste(id: string) {
    byId(id).dispatchEvent(trusted(new Event('paste', { bubbles: true, cancelable: true, composed: true })));
  }
  it('records a field whose paste the page cancels, also by a handler that runs after the tracker', () => {
    start(`<input id="email"><input id="confirm"><input id="free">`);
    byId('email').addEventListener('paste', (e) => e.preventDefault());
    window.addEventListener('paste', (e) => (e.target as Element).id === 'confirm' && e.preventDefault());
    paste('email');
    paste('confirm');
    paste('free');
    paste('email');
    vi.advanceTimersByTime(0);
    expect(tracker.snapshot().pasteBlocked).toEqual(['#email', '#confirm']);
  });
});

describe('errors and failed requests', () => {
  it('counts JavaScript errors relayed from the page world, clipped, and ignores forged non-strings', () => {
    start(`<main></main>`);
    document.dispatchEvent(new CustomEvent(PAGE_ERROR_EVENT, { detail: 'TypeError: cart is null (app.js:42)' }));
    document.dispatchEvent(new CustomEvent(PAGE_ERROR_EVENT, { detail: { message: 'x' } }));
    document.dispatchEvent(new CustomEvent(PAGE_ERROR_EVENT, { detail: 'x'.repeat(5_000) }));
    const { jsErrors } = tracker.snapshot();
    expect(jsErrors.count).toBe(2);
    expect(jsErrors.examples[0]?.message).toBe('TypeError: cart is null (app.js:42)');
    expect(jsErrors.examples[1]?.message).toHaveLength(300);
  });

  it('counts resource entries with status 404 and 500, not 200 or 0, without the query', () => {
    let deliver: (entries: object[]) => void = () => undefined;
    class FakeObserver {
      static supportedEntryTypes = ['resource', 'navigation'];
      constructor(callback: (list: { getEntries(): object[] }) => void) {
        deliver = (entries) => callback({ getEntries: () => entries });
      }
      observe() {}
      disconnect() {}
    }
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    start(`<main></main>`);
    const entry = (name: string, responseStatus: number, initiatorType = 'fetch') => ({
      name,
      responseStatus,
      initiatorType,
      startTime: 10,
    });
    deliver([
      entry('https://shop.example/api/search?q=marker-typed#r', 404),
      entry('https://shop.example/api/cart', 500),
      entry('https://shop.example/logo.png', 200, 'img'),
      entry('https://cdn.example/font.woff2', 0, 'css'),
    ]);
    const { failedRequests } = tracker.snapshot();
    expect(failedRequests.count).toBe(2);
    expect(failedRequests.examples.map((r) => [r.url, r.status])).toEqual([
      ['https://shop.example/api/search', 404],
      ['https://shop.example/api/cart', 500],
    ]);
    expect(JSON.stringify(failedRequests)).not.toContain('marker');
  });

  it('counts a resource load error once, with the status its timing entry adds later', () => {
    let deliver: (entries: object[]) => void = () => undefined;
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        static supportedEntryTypes = ['resource'];
        constructor(callback: (list: { getEntries(): object[] }) => void) {
          deliver = (entries) => callback({ getEntries: () => entries });
        }
        observe() {}
        disconnect() {}
      },
    );
    start(`<img id="hero" src="https://shop.example/hero.jpg?v=2">`);
    byId('hero').dispatchEvent(new Event('error'));
    expect(tracker.snapshot().failedRequests.examples[0]).toMatchObject({
      url: 'https://shop.example/hero.jpg',
      status: 0,
      initiatorType: 'img',
    });
    deliver([{ name: 'https://shop.example/hero.jpg?v=2', responseStatus: 404, initiatorType: 'img', startTime: 5 }]);
    expect(tracker.snapshot().failedRequests).toMatchObject({ count: 1, examples: [{ status: 404 }] });
  });
});

describe('reset and stop', () => {
  it('starts every count again on reset and measures nothing after stop', () => {
    start(`<button id="b">x</button><input id="q">`);
    click('b');
    key();
    tracker.reset();
    expect(tracker.snapshot()).toMatchObject({ clicks: 0, keystrokes: 0, deadClicks: [] });
    vi.advanceTimersByTime(1_500); // the dead-click timer of the window before writes nothing into this one
    expect(tracker.snapshot().deadClicks).toEqual([]);
    click('b');
    tracker.stop();
    click('b');
    key();
    expect(tracker.snapshot()).toMatchObject({ clicks: 1, keystrokes: 0 });
  });
});

describe('on WXT ctx', () => {
  it("takes ctx's wrappers as they are, and measures nothing once the context is invalidated", () => {
    const ctx = new ContentScriptContext('recorder');
    document.body.innerHTML = `<button id="b">x</button>`;
    tracker = startInteractionTracker({
      doc: document,
      now: () => Date.now(),
      addEventListener: (target, type, handler, options) => ctx.addEventListener(target, type, handler, options),
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      requestAnimationFrame: (fn) => ctx.requestAnimationFrame(fn),
      onChange: () => undefined,
      layout: fakeLayout(document),
    });
    click('b');
    ctx.abort();
    click('b');
    expect(tracker.snapshot().clicks).toBe(1);
  });
});
