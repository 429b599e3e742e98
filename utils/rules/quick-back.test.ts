import { describe, expect, it } from 'vitest';
import type { Stage } from '../model/stage';
import { quickBack } from './quick-back';
import { touchpoint } from './support/test-touchpoint';

const step = (id: string, url: string, enteredAt: number, backForward = false, stage?: Stage) =>
  touchpoint({ id, url: `https://shop.example/${url}`, title: id, enteredAt, backForward, stage });

describe('quick-back', () => {
  it('is cosmetic for a browsing dead end and names the page and the time spent', () => {
    const journey = [step('list', 'list', 0), step('p1', 'p1', 1_000), step('list2', 'list', 4_000, true)];
    expect(quickBack.evaluate(journey, 0)).toEqual([
      {
        ruleId: 'quick-back',
        severity: 1,
        touchpointId: 'p1',
        evidence: { text: 'p1', values: { stayedMs: 3_000, limitMs: 10_000 } },
      },
    ]);
  });

  it('is minor when the customer bounced back from the cart or a checkout step', () => {
    const journey = [step('p', 'p', 0), step('c', 'cart', 1_000, false, 'cart'), step('p2', 'p', 2_000, true)];
    expect(quickBack.evaluate(journey, 0)[0]).toMatchObject({ severity: 2, touchpointId: 'c' });
  });

  it('does not fire after a long stay, on a Back to another page, or on a forward walk', () => {
    expect(quickBack.evaluate([step('a', 'a', 0), step('b', 'b', 1_000), step('a2', 'a', 11_000, true)], 0)).toEqual(
      [],
    );
    expect(quickBack.evaluate([step('a', 'a', 0), step('b', 'b', 1_000), step('c', 'c', 2_000, true)], 0)).toEqual([]);
    expect(quickBack.evaluate([step('a', 'a', 0), step('b', 'b', 1_000), step('a2', 'a', 2_000)], 0)).toEqual([]);
  });

  it('sees the Back between two pages when a contact off the web was entered between them', () => {
    const call = touchpoint({ id: 'call', channel: 'hotline', url: '', enteredAt: 2_000, arrival: 'entered' });
    const journey = [step('list', 'list', 0), step('p1', 'p1', 1_000), call, step('list2', 'list', 4_000, true)];
    expect(quickBack.evaluate(journey, 0).map((f) => f.touchpointId)).toEqual(['p1']);
  });
});
