import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import { formatDuration } from '@/utils/format/duration';
import type { Highlight } from '@/utils/journey/touchpoint-highlights';

const tone: Record<Highlight['tone'], string> = {
  neutral: 'bg-slate-100 dark:bg-slate-800',
  warn: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
};

function formatAmount(amount: number, currency: string, locale: Locale): string {
  if (!currency) return amount.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  try {
    return amount.toLocaleString(locale, { style: 'currency', currency });
  } catch {
    return `${amount.toLocaleString(locale, { minimumFractionDigits: 2 })} ${currency}`; // not an ISO code
  }
}

/** Durations and money in a highlight's parameters, written the reader's way. */
function formatParams(h: Highlight, locale: Locale): Record<string, string | number> {
  const out: Record<string, string | number> = { ...h.params };
  if (typeof h.params.wait === 'number') out.wait = formatDuration(h.params.wait, locale);
  if (typeof h.params.think === 'number') out.think = formatDuration(h.params.think, locale);
  if (typeof h.params.amount === 'number')
    out.amount = formatAmount(h.params.amount, String(h.params.currency), locale);
  return out;
}

/** A touchpoint's measurements at a glance; friction in amber, with words, not colour alone. */
export function TouchpointHighlights({
  t,
  locale,
  highlights,
}: {
  t: Translate;
  locale: Locale;
  highlights: Highlight[];
}) {
  if (highlights.length === 0) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-1 text-xs" aria-label={t('highlight.label')}>
      {highlights.map((h) => (
        <li
          key={h.key}
          className={`rounded px-1 tabular-nums ${tone[h.tone]}`}
          data-highlight={h.key}
          data-tone={h.tone}
        >
          {t(h.key, formatParams(h, locale))}
        </li>
      ))}
    </ul>
  );
}
