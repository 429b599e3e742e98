import { formatDuration } from '@/utils/format/duration';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import { BAYMARD_AVERAGE_FIELDS, BAYMARD_REACHABLE_FIELDS } from '@/utils/journey/checkout-fields';
import type { JourneySummary as Summary } from '@/utils/journey/journey-summary';

/** The journey's totals: the checkout's size against Baymard's figures, waiting against own time, going back. */
export function JourneySummary({ t, locale, summary }: { t: Translate; locale: Locale; summary: Summary }) {
  const fields = summary.checkoutFields;
  const long = fields !== undefined && fields > BAYMARD_REACHABLE_FIELDS;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs" aria-label={t('summary.label')}>
      {fields !== undefined && (
        <>
          <dt className="text-slate-600 dark:text-slate-300">{t('summary.checkoutFields')}</dt>
          <dd data-testid="checkout-fields" data-long={long}>
            <span
              className={long ? 'rounded bg-amber-100 px-1 text-amber-900 dark:bg-amber-900 dark:text-amber-100' : ''}
            >
              {fields}
            </span>{' '}
            {t('summary.baymard', {
              average: BAYMARD_AVERAGE_FIELDS.toLocaleString(locale),
              reachable: BAYMARD_REACHABLE_FIELDS,
            })}
          </dd>
        </>
      )}
      <dt className="text-slate-600 dark:text-slate-300">{t('summary.wait')}</dt>
      <dd className="tabular-nums">
        {t('summary.waitThink', {
          wait: formatDuration(summary.waitMs, locale),
          think: formatDuration(summary.thinkMs, locale),
        })}
      </dd>
      <dt className="text-slate-600 dark:text-slate-300">{t('summary.back')}</dt>
      <dd className="tabular-nums">
        {t('summary.backCount', { count: summary.backNavigations, quick: summary.quickBacks })}
      </dd>
    </dl>
  );
}
