import type { PageTiming } from '@/utils/model/page-timing';
import type { Translate } from '@/utils/i18n/translate';
import type { Locale } from '@/utils/i18n/locale';
import { formatDuration } from '@/utils/format/duration';
import { rateVital, type Rating, type RatedVital } from '@/utils/measure/vitals-rating';

const tone: Record<Rating, string> = {
  good: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
  'needs-improvement': 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  poor: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100',
};

/** Page timings are often well under a second, where milliseconds say more than "0.0 s". */
function formatVitalTime(ms: number, locale: Locale): string {
  return ms < 1_000 ? `${Math.round(ms).toLocaleString(locale)} ms` : formatDuration(ms, locale);
}

const SHOWN: readonly [RatedVital, string][] = [
  ['ttfbMs', 'TTFB'],
  ['lcpMs', 'LCP'],
  ['inpMs', 'INP'],
  ['cls', 'CLS'],
];

/** The page load's Web Vitals, each with its rating; one lab visit, and the title says so. */
export function TimingSummary({ t, locale, timing }: { t: Translate; locale: Locale; timing: PageTiming }) {
  const shown = SHOWN.filter(([vital]) => timing[vital] !== undefined);
  if (shown.length === 0) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-1 text-xs" aria-label={t('timing.label')} title={t('timing.labVisit')}>
      {shown.map(([vital, name]) => {
        const value = timing[vital]!;
        const rating = rateVital(vital, value);
        const text =
          vital === 'cls' ? value.toLocaleString(locale, { maximumFractionDigits: 3 }) : formatVitalTime(value, locale);
        return (
          <li
            key={vital}
            className={`rounded px-1 tabular-nums ${tone[rating]}`}
            data-vital={vital}
            data-rating={rating}
          >
            {name} {text} <span className="sr-only">({t(`rating.${rating}`)})</span>
          </li>
        );
      })}
    </ul>
  );
}
