import { describe, expect, it } from 'vitest';
import { countBackNavigations, QUICK_BACK_MS, quickBacks } from './quick-backs';

const step = (id: string, url: string, enteredAt: number, backForward = false) => ({ id, url, enteredAt, backForward });

describe('quickBacks', () => {
  it('finds a page left with Back to the page before within the threshold', () => {
    const journey = [step('a', '/list', 0), step('b', '/p/1', 1_000), step('c', '/list', 4_000, true)];
    expect(quickBacks(journey).map((s) => s.id)).toEqual(['b']);
  });

  it('does not count a Back after the customer stayed longer than the threshold', () => {
    const journey = [step('a', '/list', 0), step('b', '/p/1', 1_000), step('c', '/list', 1_000 + QUICK_BACK_MS, true)];
    expect(quickBacks(journey)).toEqual([]);
  });

  it('does not count a quick link back to the page before (not the Back button)', () => {
    const journey = [step('a', '/list', 0), step('b', '/p/1', 1_000), step('c', '/list', 2_000)];
    expect(quickBacks(journey)).toEqual([]);
  });

  it('does not count Back to some other page (a Forward, or Back after several steps)', () => {
    const journey = [step('a', '/list', 0), step('b', '/p/1', 1_000), step('c', '/cart', 2_000, true)];
    expect(quickBacks(journey)).toEqual([]);
  });

  it('finds every dead end in a row of them', () => {
    const journey = [
      step('a', '/list', 0),
      step('b', '/p/1', 1_000),
      step('c', '/list', 2_000, true),
      step('d', '/p/2', 3_000),
      step('e', '/list', 5_000, true),
    ];
    expect(quickBacks(journey).map((s) => s.id)).toEqual(['b', 'd']);
  });

  it('counts back navigations', () => {
    expect(countBackNavigations([step('a', '/', 0), step('b', '/x', 1, true), step('c', '/', 2, true)])).toBe(2);
  });
});
