import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration';

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
