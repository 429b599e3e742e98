// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OVERLAY_TAG } from './overlay';
import { runPicker } from './run-picker';

const OPTIONS = { requestId: 'request-1', hint: 'Click what you want to flag. Esc cancels.' };

/** happy-dom lays nothing out: the element "under the pointer" is the one the test names, below the overlay. */
function pointAt(target: () => Element | null) {
  document.elementsFromPoint = () => {
    const overlay = document.querySelector(OVERLAY_TAG);
    return [overlay, target(), document.body, document.documentElement].filter((e): e is Element => !!e);
  };
}

const seen: string[] = [];
const note = (e: Event) => seen.push(e.type);
beforeEach(() => {
  seen.length = 0;
  document.body.innerHTML = `<main id="shop"><button id="buy">Buy now</button><input id="mail" aria-label="E-mail"></main>`;
  for (const type of ['click', 'mousedown', 'pointermove']) document.addEventListener(type, note, true);
  pointAt(() => document.getElementById('buy'));
});
afterEach(() => {
  for (const type of ['click', 'mousedown', 'pointermove']) document.removeEventListener(type, note, true);
});

const overlay = () => document.querySelector(OVERLAY_TAG) as HTMLElement | null;
const fire = (type: string, init: MouseEventInit = {}) =>
  overlay()!.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true, ...init }));

describe('runPicker', () => {
  it('covers the viewport with a fixed host whose shadow root the page cannot open', () => {
    void runPicker(document, OPTIONS, new AbortController().signal);
    const host = overlay()!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.style.getPropertyValue('position')).toBe('fixed');
    expect(host.style.getPropertyPriority('position')).toBe('important');
    expect(host.shadowRoot).toBeNull(); // closed
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  });

  it('picks the element under a click, which the page never sees, and leaves nothing behind', async () => {
    const picking = runPicker(document, OPTIONS, new AbortController().signal);
    fire('pointermove', { clientX: 5, clientY: 5 });
    fire('mousedown', { clientX: 5, clientY: 5 });
    fire('click', { clientX: 5, clientY: 5 });
    const report = await picking;
    expect(report).toMatchObject({
      type: 'picker/picked',
      requestId: 'request-1',
      element: { selector: '#buy', role: 'button', name: 'Buy now' },
      viewport: { width: expect.any(Number), height: expect.any(Number) },
    });
    expect(seen).toEqual([]);
    expect(overlay()).toBeNull();
  });

  it('cancels on Escape and stops the key there', async () => {
    const picking = runPicker(document, OPTIONS, new AbortController().signal);
    const keys: string[] = [];
    document.addEventListener('keydown', (e) => keys.push(e.key), { once: true });
    document.getElementById('mail')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(await picking).toEqual({ type: 'picker/cancelled', requestId: 'request-1' });
    expect(keys).toEqual([]);
    expect(overlay()).toBeNull();
  });

  it('ignores a click on nothing, and ends silently when the background stops it', async () => {
    pointAt(() => null);
    const stop = new AbortController();
    const picking = runPicker(document, OPTIONS, stop.signal);
    fire('click', { clientX: 5, clientY: 5 });
    expect(overlay()).not.toBeNull();
    stop.abort();
    expect(await picking).toBeUndefined();
    expect(overlay()).toBeNull();
  });

  it('lets clicks elsewhere than the overlay through (the page’s own events are not its business)', async () => {
    const stop = new AbortController();
    void runPicker(document, OPTIONS, stop.signal);
    document.getElementById('buy')!.click();
    expect(seen).toEqual(['click']);
    stop.abort();
    await vi.waitFor(() => expect(overlay()).toBeNull());
  });
});
