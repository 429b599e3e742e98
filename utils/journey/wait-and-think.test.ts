import { describe, expect, it } from 'vitest';
import { journeyWaitAndThink, readyMs, waitAndThink } from './wait-and-think';

describe('waitAndThink', () => {
  it('counts the time until the largest content painted as waiting, the rest as the customer’s', () => {
    const tp = { visibleMs: 0, enteredAt: 0, leftAt: 10_000, timing: { loadMs: 1_800, lcpMs: 2_400 } };
    expect(waitAndThink(tp, 20_000)).toEqual({ waitMs: 2_400, thinkMs: 7_600 });
  });

  it('falls back to the load event when the page painted no largest content', () => {
    expect(readyMs({ loadMs: 900, fcpMs: 300 })).toBe(900);
  });

  it('never waits longer than the step lasted (the customer left before the page was ready)', () => {
    const tp = { visibleMs: 0, enteredAt: 0, leftAt: 1_000, timing: { lcpMs: 5_000 } };
    expect(waitAndThink(tp, 2_000)).toEqual({ waitMs: 1_000, thinkMs: 0 });
  });

  it('invents no wait where nothing was measured', () => {
    expect(waitAndThink({ visibleMs: 0, enteredAt: 0, leftAt: 3_000 }, 9_000)).toEqual({ waitMs: 0, thinkMs: 3_000 });
  });

  it('runs an open step until now', () => {
    expect(waitAndThink({ visibleMs: 0, enteredAt: 1_000, timing: { lcpMs: 500 } }, 4_000)).toEqual({
      waitMs: 500,
      thinkMs: 2_500,
    });
  });

  it('adds up a journey', () => {
    const journey = [
      { visibleMs: 0, enteredAt: 0, leftAt: 4_000, timing: { lcpMs: 1_000 } },
      { visibleMs: 0, enteredAt: 4_000, leftAt: 6_000 },
    ];
    expect(journeyWaitAndThink(journey, 6_000)).toEqual({ waitMs: 1_000, thinkMs: 5_000 });
  });
});
