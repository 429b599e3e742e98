import { describe, expect, it } from 'vitest';
import { addScrollSample, emptyScroll, isExcessiveScroll, scrollFraction, type ScrollState } from './scroll-depth';

const page = { viewportHeight: 800, scrollHeight: 4_000 };
const scrollThrough = (ys: number[], state: ScrollState = emptyScroll()) =>
  ys.reduce((s, y) => addScrollSample(s, { ...page, y }), state);

describe('scrollFraction', () => {
  it('is the share of the page down to the bottom of the viewport', () => {
    expect(scrollFraction({ ...page, y: 0 })).toBe(0.2);
    expect(scrollFraction({ ...page, y: 1_200 })).toBe(0.5);
    expect(scrollFraction({ ...page, y: 3_200 })).toBe(1);
  });
  it('is 1 for a page that fits its viewport, and clamps overscroll', () => {
    expect(scrollFraction({ y: 0, viewportHeight: 800, scrollHeight: 800 })).toBe(1);
    expect(scrollFraction({ ...page, y: 5_000 })).toBe(1);
    expect(scrollFraction({ ...page, y: -50 })).toBe(0.2);
  });
});

describe('addScrollSample', () => {
  it('keeps the deepest point and adds up the distance both ways', () => {
    const state = scrollThrough([0, 1_200, 400]);
    expect(state.depth).toBe(0.5);
    expect(state.distancePx).toBe(2_000);
    expect(state.reversals).toBe(1);
  });
  it('does not count a nudge back (under half a viewport) as a change of direction', () => {
    const state = scrollThrough([0, 1_000, 900, 1_500, 1_450, 2_000]);
    expect(state.reversals).toBe(0);
  });
  it('reading a long page down and back up once is not excessive', () => {
    const state = scrollThrough([0, 1_600, 3_200, 1_600, 0]);
    expect(state.reversals).toBe(1);
    expect(isExcessiveScroll(state)).toBe(false);
  });
  it('calls 7 changes of direction excessive (searching up and down)', () => {
    const sixTurns = scrollThrough([0, 1_000, 0, 1_000, 0, 1_000, 0, 1_000]);
    expect(sixTurns.reversals).toBe(6);
    expect(isExcessiveScroll(sixTurns)).toBe(false);
    expect(isExcessiveScroll(scrollThrough([0], sixTurns))).toBe(true);
  });
  it('calls more than 3 page heights of scrolling excessive', () => {
    const down = Array.from({ length: 13 }, (_, i) => i * 1_000); // 12,000 px of a 4,000 px page in one direction
    const state = scrollThrough(down, emptyScroll());
    expect(state.distancePx).toBe(12_000);
    expect(isExcessiveScroll(state)).toBe(false);
    expect(isExcessiveScroll(scrollThrough([12_001], state))).toBe(true);
  });
});
