import type { Locale } from '../i18n/locale';

/**
 * A duration as people read it at a glance: seconds with one decimal under a minute ("4.2 s", German "4,2 s"), a
 * clock reading above ("12:30", "1:02:03"), so that a quick page and a long wait are both told apart.
 */
export function formatDuration(ms: number, locale: Locale): string {
  const seconds = Math.max(0, ms) / 1000;
  if (seconds < 60) {
    const shown = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return `${shown.format(Math.floor(seconds * 10) / 10)} s`;
  }
  const total = Math.floor(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const ss = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * A difference of two durations: under a second in whole milliseconds ("40 ms"), where formatDuration's tenths would
 * show two different times as "0.0 s" apart; from a second on as formatDuration writes it.
 */
export function formatDurationDifference(ms: number, locale: Locale): string {
  const size = Math.abs(ms);
  if (Math.round(size) >= 1000) return formatDuration(size, locale);
  return `${new Intl.NumberFormat(locale).format(Math.round(size))} ms`;
}
