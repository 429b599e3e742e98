import { describe, expect, it } from 'vitest';
import { emptyInteraction } from '../measure/empty-interaction';
import type { Touchpoint } from '../model/touchpoint';
import { touchpointHighlights } from './touchpoint-highlights';

const base: Touchpoint = {
  id: 't',
  auditId: 'a',
  seq: 0,
  channel: 'web',
  url: 'https://shop.example/cart',
  origin: 'https://shop.example',
  title: 'Cart',
  arrival: 'load',
  backForward: false,
  enteredAt: 0,
  leftAt: 10_000,
  visibleMs: 10_000,
  note: '',
  stage: 'cart',
};
const keys = (tp: Touchpoint) => touchpointHighlights(tp, 10_000).map((h) => `${h.key}:${h.tone}`);

describe('touchpointHighlights', () => {
  it('shows nothing that was not measured', () => {
    expect(keys(base)).toEqual([]);
  });

  it('splits the time into waiting and own time when the page load was timed', () => {
    const [wait] = touchpointHighlights({ ...base, timing: { lcpMs: 2_500 } }, 10_000);
    expect(wait).toEqual({ key: 'highlight.waitThink', params: { wait: 2_500, think: 7_500 }, tone: 'neutral' });
  });

  it('marks clicks that went wrong as friction, plain clicks not', () => {
    const interaction = {
      ...emptyInteraction(),
      clicks: 9,
      rageClicks: [{ at: 1, selector: '#buy', label: 'Buy', clickCount: 5 }],
    };
    expect(keys({ ...base, interaction })).toEqual(['highlight.clicks:neutral', 'highlight.rageClicks:warn']);
  });

  it('warns of missing help on the cart, and only notes it on a product page', () => {
    const help = {
      humanReachable: false,
      humanInFirstViewport: false,
      channels: {
        phone: { visible: false, inFirstViewport: false },
        email: { visible: false, inFirstViewport: false },
        chat: { visible: false, inFirstViewport: false },
        contactPage: { visible: false, inFirstViewport: false },
        selfService: { visible: false, inFirstViewport: false },
      },
      evidence: [],
    };
    expect(keys({ ...base, help })).toEqual(['highlight.noHelp:warn']);
    expect(keys({ ...base, help, stage: 'product' })).toEqual(['highlight.noHelp:neutral']);
  });

  it('counts only interruptions nobody asked for, once', () => {
    const interruption = {
      kind: 'newsletter' as const,
      selector: '#nl',
      label: 'Newsletter',
      coverage: 0.6,
      appearedAt: 1,
      askedFor: false,
      coversContent: true,
      carriedOver: false,
    };
    const interruptions = [interruption, { ...interruption, askedFor: true }, { ...interruption, carriedOver: true }];
    expect(touchpointHighlights({ ...base, interruptions }, 10_000)).toEqual([
      { key: 'highlight.interruptions', params: { count: 1 }, tone: 'warn' },
    ]);
  });
});
