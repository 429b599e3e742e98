import { describe, expect, it } from 'vitest';
import { captureGate, type Clock } from './capture-gate';

/** A clock whose sleeps advance time at once, recording when each capture began. */
function fakeClock(): Clock & { slept: number[] } {
  let time = 1_000;
  const slept: number[] = [];
  return {
    slept,
    now: () => time,
    sleep: async (ms) => {
      slept.push(ms);
      time += ms;
    },
  };
}

describe('captureGate', () => {
  it('lets the first capture through at once', async () => {
    const clock = fakeClock();
    const through = captureGate(600, clock);
    expect(await through(async () => clock.now())).toBe(1_000);
    expect(clock.slept).toEqual([]);
  });

  it('makes a capture asked for within 600 ms wait for its turn, not drop it', async () => {
    const clock = fakeClock();
    const through = captureGate(600, clock);
    const starts = await Promise.all([1, 2, 3].map(() => through(async () => clock.now())));
    expect(starts).toEqual([1_000, 1_600, 2_200]);
    expect(clock.slept).toEqual([600, 600]);
  });

  it('waits only for what is left of the interval', async () => {
    const clock = fakeClock();
    const through = captureGate(600, clock);
    await through(async () => undefined);
    await clock.sleep(450);
    await through(async () => undefined);
    expect(clock.slept).toEqual([450, 150]);
  });

  it('goes on after a failed capture', async () => {
    const clock = fakeClock();
    const through = captureGate(600, clock);
    await expect(through(() => Promise.reject(new Error('quota')))).rejects.toThrow('quota');
    expect(await through(async () => 'next')).toBe('next');
  });
});
