import type { Translate } from '@/utils/i18n/translate';
import type { Metric } from '@/utils/report/metrics';

/** A metric nothing measured: a dash to the eye, words to a screen reader, never a zero. */
export function NotMeasuredCell({ t, metric }: { t: Translate; metric: Metric }) {
  return (
    <td className="px-2 py-2 align-top text-slate-600 dark:text-slate-300" data-metric={metric}>
      <span aria-hidden="true">—</span>
      <span className="sr-only">{t('compare.notMeasured')}</span>
    </td>
  );
}
