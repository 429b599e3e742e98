import type { Ref } from 'react';
import type { Translate } from '@/utils/i18n/translate';
import type { Locale } from '@/utils/i18n/locale';
import { formatDuration } from '@/utils/format/duration';
import type { TaskMetrics } from '@/utils/measure/task-metrics';
import type { Task, Verdict } from '@/utils/model/task';
import { TaskMetricsLine } from './TaskMetricsLine';

interface Props {
  t: Translate;
  locale: Locale;
  task: Task;
  metrics: TaskMetrics;
  busy: boolean;
  /** The heading takes the focus when the task starts: the Start button that had it is gone. */
  headingRef: Ref<HTMLHeadingElement>;
  onEnd: (outcome: Verdict) => void;
}

/** The task running now: its time counting up, what it has taken so far, and the two ways it can end. */
export function RunningTask({ t, locale, task, metrics, busy, headingRef, onEnd }: Props) {
  return (
    <section
      className="space-y-2 rounded-md border border-emerald-700 p-3 dark:border-emerald-400"
      aria-label={t('task.running')}
      data-testid="running-task"
    >
      <div className="flex items-baseline justify-between gap-2">
        <h3 ref={headingRef} tabIndex={-1} className="truncate text-sm font-semibold" title={task.name}>
          {task.name}
        </h3>
        <span className="shrink-0 text-sm tabular-nums" aria-live="off" data-testid="task-time">
          {t('task.elapsed', { time: formatDuration(metrics.timeOnTaskMs, locale) })}
        </span>
      </div>
      <TaskMetricsLine t={t} metrics={metrics} />
      <div className="flex gap-2">
        <button type="button" className="btn btn-primary flex-1" disabled={busy} onClick={() => onEnd('success')}>
          {t('task.endSuccess')}
        </button>
        <button type="button" className="btn flex-1" disabled={busy} onClick={() => onEnd('failure')}>
          {t('task.endFailure')}
        </button>
      </div>
    </section>
  );
}
