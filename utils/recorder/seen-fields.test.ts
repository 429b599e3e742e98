import { describe, expect, it } from 'vitest';
import { emptyCounts } from '../measure/census-counts';
import type { FormCensus, FormGroup } from '../model/form-census';
import { seenFieldsTracker } from './seen-fields';

function census(selectors: string[], frame?: string): FormCensus {
  const group: FormGroup = {
    selector: 'form',
    isForm: true,
    ...(frame ? { frame } : {}),
    counts: { ...emptyCounts(), fields: selectors.length },
    captcha: [],
    fields: selectors.map((selector) => ({
      selector,
      kind: 'text',
      type: 'text',
      required: true,
      name: selector,
      nameSource: 'label',
      inShadow: false,
      flags: [],
    })),
  };
  return {
    groups: [group],
    groupCount: 1,
    totals: { ...emptyCounts(), fields: selectors.length },
    captcha: [],
    shadowRoots: 0,
    sameOriginFrames: 0,
    crossOriginFrames: [],
    crossOriginFrameCount: 0,
    truncated: false,
  };
}

describe('seenFieldsTracker', () => {
  it('adds up the steps of a multi-step form on one address', () => {
    const seen = seenFieldsTracker();
    expect(seen.add(census(['#name', '#street'])).seenFields).toBe(2);
    expect(seen.add(census(['#card', '#expiry', '#cvc'])).seenFields).toBe(5);
  });

  it('counts a field shown again once, and tells fields in a frame apart from those outside', () => {
    const seen = seenFieldsTracker();
    seen.add(census(['#email']));
    expect(seen.add(census(['#email'])).seenFields).toBe(1);
    expect(seen.add(census(['#email'], 'iframe#pay')).seenFields).toBe(2);
  });

  it('starts again for a new touchpoint window', () => {
    const seen = seenFieldsTracker();
    seen.add(census(['#a', '#b']));
    seen.reset();
    expect(seen.add(census(['#c'])).seenFields).toBe(1);
  });
});
