import { formatDuration, formatDurationDifference } from '../format/duration';
import type { Locale } from '../i18n/locale';
import type { RatedVital } from '../measure/vitals-rating';
import type { Metric } from './metrics';

/** A number in the user's language with at most `digits` decimals ("1,234.5" / "1.234,5"). */
export function formatNumber(value: number, locale: Locale, digits = 0): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A metric's value as a report shows it: a duration as formatDuration writes it, a score and counts whole. */
export function formatMetric(metric: Metric, value: number, locale: Locale): string {
  return metric === 'timeMs' ? formatDuration(value, locale) : formatNumber(Math.round(value), locale);
}

/**
 * A difference to the baseline with its sign: "+3", "−12.5 s" (a real minus sign, as typesetting has it), "±0"
 * where there is none, so that a reader never has to guess which way a number points.
 */
export function formatDifference(metric: Metric, difference: number, locale: Locale): string {
  const size = Math.abs(difference);
  const shown = metric === 'timeMs' ? formatDurationDifference(size, locale) : formatMetric(metric, size, locale);
  if (shown === formatMetric(metric, 0, locale) || shown === '0 ms') return `±${shown}`;
  return `${difference < 0 ? '\u2212' : '+'}${shown}`;
}

/** A vital in its unit: times in seconds with two decimals (INP in milliseconds), CLS as the bare score. */
export function formatVital(vital: RatedVital, value: number, locale: Locale): string {
  if (vital === 'cls')
    return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  if (vital === 'inpMs') return `${formatNumber(value, locale)} ms`;
  const seconds = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${seconds.format(value / 1000)} s`;
}
