import type { Locale } from '../i18n/locale';

/** A moment as the chosen language writes it ("23 Nov 2026, 09:41" / "23.11.2026, 09:41"). */
export function formatDateTime(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}
