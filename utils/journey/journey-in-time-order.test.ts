import { describe, expect, it } from 'vitest';
import { journeyInTimeOrder } from './journey-in-time-order';

const step = (id: string, seq: number, enteredAt: number) => ({ id, seq, enteredAt });

describe('journeyInTimeOrder', () => {
  it('puts a contact entered later where it began: a hotline call between two pages', () => {
    const journey = [step('home', 0, 1_000), step('cart', 1, 5_000), step('hotline', 2, 3_000)];
    expect(journeyInTimeOrder(journey).map((s) => s.id)).toEqual(['home', 'hotline', 'cart']);
  });

  it('keeps the order recorded for touchpoints that began at the same moment', () => {
    const journey = [step('b', 3, 2_000), step('a', 1, 2_000), step('c', 2, 2_000), step('first', 0, 1_000)];
    expect(journeyInTimeOrder(journey).map((s) => s.id)).toEqual(['first', 'a', 'c', 'b']);
  });

  it('leaves the list it was given and the numbers of its touchpoints as they were', () => {
    const journey = [step('later', 0, 9_000), step('earlier', 1, 1_000)];
    const sorted = journeyInTimeOrder(journey);
    expect(journey.map((s) => s.id)).toEqual(['later', 'earlier']);
    expect(sorted.map((s) => s.seq)).toEqual([1, 0]);
    expect(sorted[0]).toBe(journey[1]);
  });

  it('gives an empty journey back empty', () => {
    expect(journeyInTimeOrder([])).toEqual([]);
  });
});
