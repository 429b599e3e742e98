import { useId } from 'react';
import type { Translate } from '@/utils/i18n/translate';
import type { Locale } from '@/utils/i18n/locale';
import { formatDuration } from '@/utils/format/duration';
import { taskMetrics, type TaskStep } from '@/utils/measure/task-metrics';
import type { Task } from '@/utils/model/task';
import type { TaskRating } from '@/utils/recording/task-lifecycle';
import { NoteField } from './NoteField';
import { TaskActions } from './TaskActions';
import { TaskMetricsLine } from './TaskMetricsLine';
import { OutcomeSelect, SeqSelect } from './TaskRatingSelects';

interface Props {
  t: Translate;
  locale: Locale;
  tasks: readonly Task[];
  touchpoints: readonly TaskStep[];
  now: number;
  onRate: (taskId: string, rating: TaskRating) => void;
  onRename: (taskId: string, name: string) => void;
  onNote: (taskId: string, note: string) => void;
  onDelete: (task: Task) => void;
}

/** The audit's tasks in order, each with its measurements and answers, all of which the auditor can still edit. */
export function TaskList({ t, locale, tasks, touchpoints, now, onRate, onRename, onNote, onDelete }: Props) {
  const id = useId();
  if (tasks.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">{t('task.empty')}</p>;
  return (
    <ol className="space-y-2" aria-label={t('task.listLabel')}>
      {tasks.map((task, index) => {
        const metrics = taskMetrics(task, touchpoints, now);
        const nameId = `${id}-${task.id}`;
        return (
          <li
            key={task.id}
            className="space-y-1 rounded-md border border-slate-200 p-2 dark:border-slate-700"
            data-testid="task"
            data-task-id={task.id}
          >
            <div className="flex items-baseline justify-between gap-2">
              <span id={nameId} className="truncate text-sm font-medium" title={task.name}>
                <span className="text-slate-600 tabular-nums dark:text-slate-400">{index + 1}.</span> {task.name}
              </span>
              <span className="shrink-0 text-sm tabular-nums">
                <span className="sr-only">{t('task.time')}: </span>
                {formatDuration(metrics.timeOnTaskMs, locale)}
              </span>
            </div>
            <TaskMetricsLine t={t} metrics={metrics} />
            {task.endedAt === undefined ? (
              <p className="text-xs font-semibold text-emerald-800 dark:text-emerald-300">{t('task.runningBadge')}</p>
            ) : (
              <div className="flex flex-wrap gap-2">
                <OutcomeSelect t={t} task={task} onRate={(rating) => onRate(task.id, rating)} />
                <SeqSelect t={t} task={task} onRate={(rating) => onRate(task.id, rating)} />
              </div>
            )}
            <NoteField
              label={t('task.note')}
              describedBy={nameId}
              value={task.note ?? ''}
              onSave={(note) => onNote(task.id, note)}
            />
            <TaskActions
              t={t}
              task={task}
              describedBy={nameId}
              onRename={(name) => onRename(task.id, name)}
              onDelete={() => onDelete(task)}
            />
          </li>
        );
      })}
    </ol>
  );
}
