import type { Translate } from '@/utils/i18n/translate';
import type { TaskMetrics } from '@/utils/measure/task-metrics';

/** Pages, clicks and back-navigations of a task in one line of words; clicks only when they were measured. */
export function TaskMetricsLine({ t, metrics }: { t: Translate; metrics: TaskMetrics }) {
  const parts = [
    t('task.pagesCount', { count: metrics.pages }),
    ...(metrics.clicks === undefined ? [] : [t('task.clicksCount', { count: metrics.clicks })]),
    t('task.backCount', { count: metrics.backNavigations }),
  ];
  return <p className="text-xs text-slate-600 tabular-nums dark:text-slate-300">{parts.join(' · ')}</p>;
}
