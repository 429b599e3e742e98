import { describe, expect, it } from 'vitest';
import type { Touchpoint } from '../model/touchpoint';
import { closing, dwellMs, visibilityChange, visibleMs } from './touchpoint-time';

type Timed = Pick<Touchpoint, 'enteredAt' | 'leftAt' | 'visibleMs' | 'visibleSince'>;

/** A change applied as Dexie's `update` applies it: a key set to undefined is removed. */
function apply(tp: Timed, change: Partial<Timed> | undefined): Timed {
  const next: Timed = { ...tp, ...change };
  for (const key of Object.keys(next) as (keyof Timed)[]) if (next[key] === undefined) delete next[key];
  return next;
}

describe('dwellMs', () => {
  it('counts an open touchpoint up to now', () => {
    expect(dwellMs({ enteredAt: 1_000, visibleMs: 0 }, 4_000)).toBe(3_000);
  });

  it('counts a left touchpoint up to when it was left, whatever now is', () => {
    expect(dwellMs({ enteredAt: 1_000, leftAt: 2_500, visibleMs: 0 }, 99_000)).toBe(1_500);
  });

  it('is never negative when now is before the touchpoint was entered', () => {
    expect(dwellMs({ enteredAt: 5_000, visibleMs: 0 }, 4_000)).toBe(0);
  });
});

describe('visibleMs', () => {
  it('of a hidden touchpoint is only its closed visible intervals', () => {
    expect(visibleMs({ enteredAt: 0, visibleMs: 700 }, 60_000)).toBe(700);
  });

  it('of a visible open touchpoint adds the running interval up to now', () => {
    expect(visibleMs({ enteredAt: 0, visibleMs: 700, visibleSince: 10_000 }, 12_000)).toBe(2_700);
  });

  it('stops at the moment the touchpoint was left', () => {
    expect(visibleMs({ enteredAt: 0, leftAt: 11_000, visibleMs: 700, visibleSince: 10_000 }, 50_000)).toBe(1_700);
  });

  it('adds nothing for a running interval that starts after now', () => {
    expect(visibleMs({ enteredAt: 0, visibleMs: 700, visibleSince: 10_000 }, 9_000)).toBe(700);
  });
});

describe('visibilityChange', () => {
  it('starts a visible interval when a hidden touchpoint becomes visible', () => {
    expect(visibilityChange({ enteredAt: 1_000, visibleMs: 0 }, true, 3_000)).toEqual({ visibleSince: 3_000 });
  });

  it('starts the interval no earlier than the touchpoint was entered', () => {
    expect(visibilityChange({ enteredAt: 1_000, visibleMs: 0 }, true, 500)).toEqual({ visibleSince: 1_000 });
  });

  it('changes nothing when visible is reported for a visible touchpoint', () => {
    expect(visibilityChange({ enteredAt: 0, visibleMs: 0, visibleSince: 1_000 }, true, 5_000)).toBeUndefined();
  });

  it('changes nothing when hidden is reported for a hidden touchpoint', () => {
    expect(visibilityChange({ enteredAt: 0, visibleMs: 400 }, false, 5_000)).toBeUndefined();
  });

  it('settles the running interval and removes visibleSince when the touchpoint is hidden', () => {
    const change = visibilityChange({ enteredAt: 0, visibleMs: 200, visibleSince: 1_000 }, false, 1_300);
    expect(change).toEqual({ visibleMs: 500, visibleSince: undefined });
    // The key must be present (set to undefined): that is what makes Dexie's update delete the stored property.
    expect(Object.hasOwn(change!, 'visibleSince')).toBe(true);
  });

  it('adds no time for a hidden report stamped before the interval began', () => {
    expect(visibilityChange({ enteredAt: 0, visibleMs: 200, visibleSince: 1_000 }, false, 900)).toEqual({
      visibleMs: 200,
      visibleSince: undefined,
    });
  });

  it('does not count the time the tab was hidden', () => {
    let tp: Timed = { enteredAt: 0, visibleMs: 0, visibleSince: 0 };
    tp = apply(tp, visibilityChange(tp, false, 1_000));
    tp = apply(tp, visibilityChange(tp, true, 5_000));
    tp = apply(tp, visibilityChange(tp, false, 6_000));
    expect(visibleMs(tp, 10_000)).toBe(2_000);
    expect(dwellMs(tp, 10_000)).toBe(10_000);
  });

  it('gives the same visible time when every state is reported twice', () => {
    let tp: Timed = { enteredAt: 0, visibleMs: 0, visibleSince: 0 };
    for (const [visible, at] of [
      [false, 1_000],
      [false, 1_500],
      [true, 5_000],
      [true, 5_800],
      [false, 6_000],
      [false, 6_100],
    ] as const) {
      tp = apply(tp, visibilityChange(tp, visible, at));
    }
    expect(tp).toEqual({ enteredAt: 0, visibleMs: 2_000 });
  });
});

describe('closing', () => {
  it('leaves the touchpoint and settles its running visible interval', () => {
    const change = closing({ enteredAt: 0, visibleMs: 300, visibleSince: 2_000 }, 2_500);
    expect(change).toEqual({ leftAt: 2_500, visibleMs: 800, visibleSince: undefined });
    expect(Object.hasOwn(change, 'visibleSince')).toBe(true);
  });

  it('keeps the visible time of a hidden touchpoint', () => {
    expect(closing({ enteredAt: 0, visibleMs: 300 }, 9_000)).toEqual({
      leftAt: 9_000,
      visibleMs: 300,
      visibleSince: undefined,
    });
  });

  it('leaves a touchpoint no earlier than it was entered', () => {
    const tp: Timed = { enteredAt: 5_000, visibleMs: 0, visibleSince: 5_000 };
    const closed = apply(tp, closing(tp, 4_000));
    expect(closed.leftAt).toBe(5_000);
    expect(dwellMs(closed, 9_000)).toBe(0);
    expect(visibleMs(closed, 9_000)).toBe(0);
  });

  it('stops the visible time from growing after the touchpoint was left', () => {
    const tp: Timed = { enteredAt: 0, visibleMs: 0, visibleSince: 0 };
    const closed = apply(tp, closing(tp, 3_000));
    expect(visibleMs(closed, 3_000)).toBe(3_000);
    expect(visibleMs(closed, 100_000)).toBe(3_000);
    expect(dwellMs(closed, 100_000)).toBe(3_000);
  });
});
