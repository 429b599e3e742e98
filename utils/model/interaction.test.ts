import { describe, expect, it } from 'vitest';
import { emptyInteraction, interactionSchema, type Interaction } from './interaction';
import { MAX_EXAMPLES } from './limits';

const AT = 1_700_000_000_000;

function full(): Interaction {
  return {
    ...emptyInteraction(),
    clicks: 14,
    rageClicks: [{ at: AT, selector: '#pay', label: 'Pay now', clickCount: 5 }],
    deadClicks: [{ at: AT, selector: 'div.card > span', label: 'Details' }],
    keystrokes: 120,
    scrollDepth: 0.75,
    scrollDistancePx: 5_400,
    scrollReversals: 2,
    validationErrors: [{ at: AT, kind: 'invalid-event', selector: '#email', message: 'valueMissing' }],
    jsErrors: { count: 3, examples: [{ at: AT, message: 'TypeError: cart is null (app.js:42)' }] },
    failedRequests: {
      count: 1,
      examples: [{ at: AT, url: 'https://shop.example/api/cart', status: 500, initiatorType: 'fetch' }],
    },
    pasteBlocked: ['#email-repeat'],
  };
}

describe('interactionSchema', () => {
  it('accepts an empty window and a full one', () => {
    expect(interactionSchema.parse(emptyInteraction())).toEqual(emptyInteraction());
    expect(interactionSchema.parse(full())).toEqual(full());
  });
  it('rejects unknown keys, so an import cannot smuggle data in', () => {
    expect(interactionSchema.safeParse({ ...full(), typedValues: ['x'] }).success).toBe(false);
    const rage = { ...full().rageClicks[0]!, key: 'a' };
    expect(interactionSchema.safeParse({ ...full(), rageClicks: [rage] }).success).toBe(false);
  });
  it('holds every list, string and number to its limit', () => {
    const bad: Partial<Interaction>[] = [
      { deadClicks: Array.from({ length: MAX_EXAMPLES + 1 }, () => full().deadClicks[0]!) },
      { validationErrors: [{ at: AT, kind: 'alert', selector: '#x', message: 'x'.repeat(301) }] },
      { rageClicks: [{ at: AT, selector: '#x', label: 'x', clickCount: 2 }] },
      { scrollDepth: 1.01 },
      { keystrokes: -1 },
      { clicks: 1.5 },
      { failedRequests: { count: 1, examples: [{ at: AT, url: 'u', status: 1_000, initiatorType: 'img' }] } },
      { validationErrors: [{ at: AT, kind: 'toast' as 'alert', selector: '#x', message: '' }] },
    ];
    for (const patch of bad)
      expect(interactionSchema.safeParse({ ...full(), ...patch }).success, JSON.stringify(patch).slice(0, 80)).toBe(
        false,
      );
  });
});
