import { describe, expect, it } from 'vitest';
import { formatDifference, formatMetric, formatVital } from './format-metric';

describe('formatMetric', () => {
  it('writes times as durations and the rest as whole numbers in the locale', () => {
    expect(formatMetric('timeMs', 12_345, 'de')).toBe('12,3 s');
    expect(formatMetric('score', 69.41, 'en')).toBe('69');
    expect(formatMetric('findingPoints', 1_234, 'de')).toBe('1.234');
  });
});

describe('formatDifference', () => {
  it('gives every difference its sign, a minus sign for less and ±0 for none', () => {
    expect(formatDifference('clicks', 3, 'en')).toBe('+3');
    expect(formatDifference('timeMs', -12_500, 'de')).toBe('\u221212,5 s');
    expect(formatDifference('score', 0.2, 'en')).toBe('±0');
  });
});

describe('formatVital', () => {
  it('writes times in seconds, INP in milliseconds and CLS bare', () => {
    expect(formatVital('lcpMs', 2_500, 'de')).toBe('2,50 s');
    expect(formatVital('inpMs', 180, 'en')).toBe('180 ms');
    expect(formatVital('cls', 0.1, 'en')).toBe('0.10');
  });
});
