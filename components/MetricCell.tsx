import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import type { ComparedValue } from '@/utils/report/compare-audits';
import { BETTER, type Metric } from '@/utils/report/metrics';
import { differenceText, metricValue } from './metric-text';
import { NotMeasuredCell } from './NotMeasuredCell';

interface Props {
  t: Translate;
  locale: Locale;
  metric: Metric;
  compared: ComparedValue;
  /** The baseline's own cell: its difference (always ±0) says nothing. */
  baseline: boolean;
  /** A second line under the value (the findings by severity). */
  detail?: string;
}

/** The words and tones of a difference: whether it is better or worse than the baseline, never by colour alone. */
function verdict(t: Translate, metric: Metric, difference: number) {
  const lowerIsBetter = BETTER[metric] === 'lower';
  const rounded = metric === 'score' ? Math.round(difference) : difference;
  if (rounded === 0) return { word: t('compare.same'), tone: 'text-slate-600 dark:text-slate-300' };
  return rounded < 0 === lowerIsBetter
    ? { word: t('compare.better'), tone: 'text-emerald-800 dark:text-emerald-300' }
    : { word: t('compare.worse'), tone: 'text-red-800 dark:text-red-300' };
}

/**
 * One audit's value of one metric in a comparison table: the value, ★ where it is the best, and its difference to
 * the baseline in words. A value nothing measured is a dash, never a zero.
 */
export function MetricCell({ t, locale, metric, compared, baseline, detail }: Props) {
  const { value, difference, best } = compared;
  if (value === undefined) return <NotMeasuredCell t={t} metric={metric} />;
  const change = !baseline && difference !== undefined ? verdict(t, metric, difference) : undefined;
  return (
    <td className="px-2 py-2 align-top tabular-nums" data-metric={metric} data-best={best || undefined}>
      <span className="font-semibold" data-testid="metric-value">
        {metricValue(metric, value, locale)}
      </span>
      {best && (
        <span role="img" aria-label={t('compare.best')} className="ml-1 text-amber-700 dark:text-amber-300">
          ★
        </span>
      )}
      {change && difference !== undefined && (
        <span className={`block text-xs ${change.tone}`} data-testid="metric-difference">
          {differenceText(t, locale, metric, difference)}, {change.word}
        </span>
      )}
      {detail && <span className="block text-xs text-slate-600 dark:text-slate-300">{detail}</span>}
    </td>
  );
}
