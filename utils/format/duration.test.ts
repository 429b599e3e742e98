import { describe, expect, it } from 'vitest';
import { formatDuration, formatDurationDifference } from './duration';

describe('formatDuration', () => {
  it('shows seconds with one decimal under a minute, cut rather than rounded up', () => {
    expect(formatDuration(0, 'en')).toBe('0.0 s');
    expect(formatDuration(4_260, 'en')).toBe('4.2 s');
    expect(formatDuration(59_990, 'en')).toBe('59.9 s');
  });
  it('writes the decimal as the language does', () => {
    expect(formatDuration(4_260, 'de')).toBe('4,2 s');
  });
  it('shows a clock from a minute on, with hours when there are any', () => {
    expect(formatDuration(60_000, 'en')).toBe('1:00');
    expect(formatDuration(750_400, 'de')).toBe('12:30');
    expect(formatDuration(3_723_000, 'en')).toBe('1:02:03');
  });
  it('shows a negative duration (clocks set back) as nothing rather than minus', () => {
    expect(formatDuration(-5_000, 'en')).toBe('0.0 s');
  });
});

describe('formatDurationDifference', () => {
  it('writes differences under a second in milliseconds, so near times do not read as 0.0 s apart', () => {
    expect(formatDurationDifference(40, 'en')).toBe('40 ms');
    expect(formatDurationDifference(-999.4, 'de')).toBe('999 ms');
    expect(formatDurationDifference(0, 'en')).toBe('0 ms');
  });

  it('writes a second and more as a duration, whatever the sign', () => {
    expect(formatDurationDifference(-12_500, 'en')).toBe('12.5 s');
    expect(formatDurationDifference(61_000, 'de')).toBe('1:01');
  });
});
