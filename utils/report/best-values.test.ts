import { describe, expect, it } from 'vitest';
import { markBest } from './best-values';

describe('markBest', () => {
  it('marks the lowest time and the highest score', () => {
    expect(markBest('timeMs', [30, 10, 20])).toEqual([false, true, false]);
    expect(markBest('score', [30, 10, 20])).toEqual([true, false, false]);
  });

  it('marks every value of a tie', () => {
    expect(markBest('clicks', [4, 2, 2, 5])).toEqual([false, true, true, false]);
  });

  it('never marks a gap, even when it is the only other audit', () => {
    expect(markBest('fields', [undefined, 12])).toEqual([false, true]);
    expect(markBest('score', [undefined, undefined])).toEqual([false, false]);
  });

  it('marks a zero as best: a real zero is not a gap', () => {
    expect(markBest('interruptions', [0, undefined, 3])).toEqual([true, false, false]);
  });
});
