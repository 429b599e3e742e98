import { describe, expect, it } from 'vitest';
import type { Interruption } from '../model/interruption';
import { interstitial } from './interstitial';
import { touchpoint } from './support/test-touchpoint';

const overlay = (overrides: Partial<Interruption> = {}): Interruption => ({
  kind: 'newsletter',
  selector: '#nl',
  label: 'Get 10 % off',
  coverage: 0.6,
  appearedAt: 1_000,
  askedFor: false,
  coversContent: true,
  carriedOver: false,
  ...overrides,
});
const run = (interruptions: Interruption[], threshold = 30) =>
  interstitial.evaluate(touchpoint({ interruptions }), threshold);

describe('interstitial', () => {
  it('fires on an unasked-for overlay covering more than 30 % of the viewport', () => {
    expect(run([overlay()])).toEqual([
      {
        ruleId: 'interstitial',
        severity: 2,
        touchpointId: 'tp1',
        evidence: {
          selector: '#nl',
          text: 'Get 10 % off',
          values: { kind: 'newsletter', coveragePercent: 60, dismissed: false },
        },
      },
    ]);
  });

  it('does not fire on what the customer asked for, a carried-over overlay, a cookie banner or a small one', () => {
    expect(run([overlay({ askedFor: true })])).toEqual([]);
    expect(run([overlay({ carriedOver: true })])).toEqual([]);
    expect(run([overlay({ kind: 'cookie-banner', coverage: 1 })])).toEqual([]);
    expect(run([overlay({ coverage: 0.3 })])).toEqual([]);
    expect(interstitial.evaluate(touchpoint(), 30)).toEqual([]);
  });

  it('follows a changed threshold', () => {
    expect(run([overlay({ coverage: 0.2 })], 10)).toHaveLength(1);
    expect(run([overlay({ coverage: 0.6 })], 70)).toEqual([]);
  });
});
