import { describe, expect, it } from 'vitest';
import { translator } from '@/utils/i18n/translate';
import { differenceText, metricValue, rowName, severityText } from './metric-text';

const en = translator('en');
const de = translator('de');

describe('differenceText', () => {
  it('signs a difference with plus or a typographic minus and counts it in words', () => {
    expect(differenceText(en, 'en', 'fields', 3)).toBe('+3 fields');
    expect(differenceText(en, 'en', 'pages', -1)).toBe('−1 page');
    expect(differenceText(de, 'de', 'clicks', -2)).toBe('−2 Klicks');
    expect(differenceText(en, 'en', 'clicks', 0)).toBe('±0 clicks');
  });

  it('writes time as a duration and rounds a score as it is shown', () => {
    expect(differenceText(en, 'en', 'timeMs', -12_000)).toBe('−12.0 s');
    expect(differenceText(de, 'de', 'timeMs', 90_000)).toBe('+1:30');
    expect(differenceText(en, 'en', 'score', 5.6)).toBe('+6 score points');
    expect(differenceText(en, 'en', 'score', 0.4)).toBe('±0 score points');
  });
});

describe('metricValue', () => {
  it('shows medians of counts with one decimal at most, in the user’s language', () => {
    expect(metricValue('fields', 8.5, 'de')).toBe('8,5');
    expect(metricValue('score', 72.5, 'en')).toBe('73');
  });
});

describe('rowName', () => {
  it('names stages, channels, pages without a stage and the whole journey', () => {
    expect(['checkout-address', 'hotline', 'unassigned', 'total'].map((row) => rowName(en, row as never))).toEqual([
      'Checkout: address',
      'Hotline',
      'No stage',
      'Whole journey',
    ]);
  });
});

describe('severityText', () => {
  it('lists the findings by severity, the worst first, and nothing for none', () => {
    expect(severityText(en, [0, 0, 2, 1, 0])).toBe('1 × major, 2 × minor');
    expect(severityText(en, [0, 0, 0, 0, 0])).toBe('');
  });
});
