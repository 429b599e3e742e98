import { describe, expect, it } from 'vitest';
import { worstVitals } from './worst-vitals';

describe('worstVitals', () => {
  it("takes each vital's highest value over the journey, rated, with the page it came from", () => {
    const vitals = worstVitals([
      { id: 'home', timing: { lcpMs: 1_900, cls: 0.3, inpMs: 120 } },
      { id: 'cart', timing: { lcpMs: 4_200, cls: 0.02 } },
      { id: 'call' },
    ]);
    expect(vitals).toEqual({
      lcpMs: { value: 4_200, rating: 'poor', touchpointId: 'cart' },
      cls: { value: 0.3, rating: 'poor', touchpointId: 'home' },
      inpMs: { value: 120, rating: 'good', touchpointId: 'home' },
    });
  });

  it('leaves a vital no page measured out rather than reading it as zero', () => {
    expect(worstVitals([{ id: 'p', timing: { ttfbMs: 900 } }])).toEqual({
      ttfbMs: { value: 900, rating: 'needs-improvement', touchpointId: 'p' },
    });
  });
});
