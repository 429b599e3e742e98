import type { Locale } from '../i18n/locale';

/** A moment as the chosen language writes it ("23 Nov 2026, 09:41" / "23.11.2026, 09:41"). */
export function formatDateTime(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The user's calendar day of a moment ("2026-11-28"), as people file things and file managers date them. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A moment in the user's time zone to the second, as a `datetime-local` input shows it ("2026-11-28T09:41:07"). */
export function localDateTime(ms: number): string {
  const d = new Date(ms);
  return `${localDay(ms)}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
