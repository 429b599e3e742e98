// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { clsOf, entriesSince, inpOf } from './route-vitals';

const shift = (
  startTime: number,
  value: number,
  extra: Partial<{ hadRecentInput: boolean; sources: { node?: Node | null }[] }> = {},
) => ({
  startTime,
  value,
  hadRecentInput: false,
  ...extra,
});

describe('clsOf', () => {
  it('is 0 without shifts', () => {
    expect(clsOf([])).toEqual({ cls: 0 });
  });
  it('sums shifts less than 1 s apart into one session window and takes the largest window', () => {
    // Window A: 0.1 + 0.05 (0.6 s apart) = 0.15; gap of 1.5 s; window B: 0.2 alone.
    expect(clsOf([shift(100, 0.1), shift(700, 0.05), shift(2_200, 0.2)]).cls).toBeCloseTo(0.2);
    // Window A grows to 0.25 with a third shift 0.9 s after the second.
    expect(clsOf([shift(100, 0.1), shift(700, 0.05), shift(1_600, 0.1), shift(3_000, 0.2)]).cls).toBeCloseTo(0.25);
  });
  it('closes a window 5 s after its first shift even when shifts keep coming', () => {
    // Shifts every 0.8 s from 0 to 5.6 s: the first window holds 0, 0.8, ... 4.8 (7 shifts), the next 5.6.
    const shifts = Array.from({ length: 8 }, (_, i) => shift(i * 800, 0.01));
    expect(clsOf(shifts).cls).toBeCloseTo(0.07);
  });
  it('leaves out shifts right after input', () => {
    expect(clsOf([shift(100, 0.3, { hadRecentInput: true }), shift(200, 0.02)]).cls).toBeCloseTo(0.02);
  });
  it("names the first element source of the largest window's largest shift", () => {
    document.body.innerHTML = `<div id="banner"></div><img id="hero">`;
    const text = document.createTextNode('x');
    const sources = [{ node: text }, { node: document.getElementById('hero') }];
    const result = clsOf([
      shift(0, 0.05, { sources: [{ node: document.getElementById('banner') }] }),
      shift(300, 0.1, { sources }),
    ]);
    expect(result).toEqual({ cls: expect.closeTo(0.15) as number, element: '#hero' });
  });
});

describe('inpOf', () => {
  it('is undefined without interactions; events without interactionId are not interactions', () => {
    expect(inpOf([])).toBeUndefined();
    expect(inpOf([{ interactionId: 0, duration: 500, startTime: 0 }])).toBeUndefined();
  });
  it('groups events by interaction and takes the worst interaction below 50', () => {
    document.body.innerHTML = `<button id="buy">Buy</button>`;
    const buy = document.getElementById('buy');
    const result = inpOf([
      { interactionId: 1, duration: 40, startTime: 0 },
      { interactionId: 2, duration: 120, startTime: 1_000 }, // pointerdown
      { interactionId: 2, duration: 312, startTime: 1_010, target: buy }, // click
      { interactionId: 3, duration: 200, startTime: 2_000 },
    ]);
    expect(result).toEqual({ inpMs: 312, target: '#buy', interactions: 3 });
  });
  it('takes the 98th percentile with 120 interactions: the 3rd worst (2 skipped, one per 50)', () => {
    const events = Array.from({ length: 120 }, (_, i) => ({
      interactionId: i + 1,
      duration: 16 + i,
      startTime: i * 100,
    }));
    // Durations 16 ... 135; the worst three are 135, 134, 133.
    expect(inpOf(events)).toEqual({ inpMs: 133, interactions: 120 });
    expect(inpOf(events.slice(0, 49))?.inpMs).toBe(64); // 49 interactions (16 ... 64): the worst
    expect(inpOf(events.slice(0, 50))?.inpMs).toBe(64); // 50 interactions (16 ... 65): the worst skipped
  });
});

describe('entriesSince', () => {
  it("keeps a route's window only", () => {
    expect(entriesSince([shift(100, 0.1), shift(5_000, 0.2)], 4_000).map((s) => s.value)).toEqual([0.2]);
  });
});
