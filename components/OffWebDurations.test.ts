import { describe, expect, it } from 'vitest';
import { translator } from '@/utils/i18n/translate';
import { formatContactDuration } from './OffWebDurations';

const HOUR = 60 * 60 * 1000;

describe('formatContactDuration', () => {
  it('reads a wait of a day or more in days and whole hours, in the chosen language', () => {
    expect(formatContactDuration(24 * HOUR, translator('en'), 'en')).toBe('1 day, 0 h');
    expect(formatContactDuration(51 * HOUR + 59 * 60_000, translator('en'), 'en')).toBe('2 days, 3 h');
    expect(formatContactDuration(51 * HOUR, translator('de'), 'de')).toBe('2 Tage, 3 h');
  });

  it('reads a shorter one as every duration in the journey', () => {
    expect(formatContactDuration(83_000, translator('en'), 'en')).toBe('1:23');
    expect(formatContactDuration(24 * HOUR - 1000, translator('en'), 'en')).toBe('23:59:59');
  });
});
