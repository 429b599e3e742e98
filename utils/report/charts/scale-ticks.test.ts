import { describe, expect, it } from 'vitest';
import { niceScale, timeScale } from './scale-ticks';

describe('niceScale', () => {
  it('ends the axis on a round step at or above the largest value', () => {
    expect(niceScale(12.43)).toEqual({ end: 15, ticks: [0, 5, 10, 15] });
    expect(niceScale(0.3)).toEqual({ end: 0.3, ticks: [0, 0.1, 0.2, 0.3] });
    expect(niceScale(4_800)).toEqual({ end: 5_000, ticks: [0, 1_000, 2_000, 3_000, 4_000, 5_000] });
  });

  it('gives an axis of nothing a length', () => {
    expect(niceScale(0).end).toBeGreaterThan(0);
  });
});

describe('timeScale', () => {
  it('steps in round seconds, minutes or hours', () => {
    expect(timeScale(50_000).ticks).toEqual([0, 10_000, 20_000, 30_000, 40_000, 50_000]);
    expect(timeScale(7 * 60_000)).toEqual({ end: 480_000, ticks: [0, 120_000, 240_000, 360_000, 480_000] });
  });
});
