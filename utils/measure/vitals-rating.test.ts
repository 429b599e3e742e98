import { describe, expect, it } from 'vitest';
import { rateVital } from './vitals-rating';

describe('rateVital', () => {
  it('rates at the published thresholds, the threshold itself still good', () => {
    expect(rateVital('lcpMs', 2_500)).toBe('good');
    expect(rateVital('lcpMs', 2_501)).toBe('needs-improvement');
    expect(rateVital('lcpMs', 4_000)).toBe('needs-improvement');
    expect(rateVital('lcpMs', 4_001)).toBe('poor');
  });
  it('knows each vital by its own scale', () => {
    expect(rateVital('inpMs', 250)).toBe('needs-improvement');
    expect(rateVital('cls', 0.3)).toBe('poor');
    expect(rateVital('cls', 0.05)).toBe('good');
    expect(rateVital('ttfbMs', 900)).toBe('needs-improvement');
    expect(rateVital('fcpMs', 3_100)).toBe('poor');
  });
});
