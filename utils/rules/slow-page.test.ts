import { describe, expect, it } from 'vitest';
import type { PageTiming } from '../model/page-timing';
import { slowPage } from './slow-page';
import { touchpoint } from './support/test-touchpoint';

const run = (timing?: PageTiming) => slowPage.evaluate(touchpoint({ timing }), 0);

describe('slow-page', () => {
  it('gives one finding per slow metric, with the element behind it', () => {
    const found = run({ lcpMs: 3_000, lcpElement: 'img.hero', inpMs: 600, inpTarget: '#buy', cls: 0.3 });
    expect(found.map((f) => [f.evidence.values.metric, f.severity, f.evidence.selector])).toEqual([
      ['lcp', 2, 'img.hero'],
      ['inp', 3, '#buy'],
      ['cls', 3, undefined],
    ]);
    expect(found[0]?.evidence.values).toEqual({ metric: 'lcp', value: 3_000, good: 2_500, poor: 4_000 });
  });

  it('is major only above the "poor" line (LCP 4 s, INP 500 ms, CLS 0.25)', () => {
    expect(run({ lcpMs: 4_000, inpMs: 500, cls: 0.25 }).map((f) => f.severity)).toEqual([2, 2, 2]);
    expect(run({ lcpMs: 4_001 }).map((f) => f.severity)).toEqual([3]);
  });

  it('does not fire on good values, exactly at the threshold, or without timing', () => {
    expect(run({ lcpMs: 2_500, inpMs: 200, cls: 0.1, ttfbMs: 5_000, fcpMs: 9_000 })).toEqual([]);
    expect(run({ cls: 0 })).toEqual([]);
    expect(run()).toEqual([]);
  });
});
