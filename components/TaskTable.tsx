import type { Translate } from '@/utils/i18n/translate';
import type { Locale } from '@/utils/i18n/locale';
import { formatDuration } from '@/utils/format/duration';
import { taskMetrics, type TaskStep } from '@/utils/measure/task-metrics';
import type { Task } from '@/utils/model/task';
import type { TaskRating } from '@/utils/recording/task-lifecycle';
import { OutcomeSelect, SeqSelect } from './TaskRatingSelects';

interface Props {
  t: Translate;
  locale: Locale;
  tasks: readonly Task[];
  touchpoints: readonly TaskStep[];
  now: number;
  /** Given, the outcome and SEQ of ended tasks can be changed here (an audit finished mid-task needs a verdict). */
  onRate?: (taskId: string, rating: TaskRating) => void;
}

/** An audit's tasks side by side, one row each: what each took, how it ended and how easy it was. */
export function TaskTable({ t, locale, tasks, touchpoints, now, onRate }: Props) {
  if (tasks.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">{t('task.empty')}</p>;
  const th = 'px-2 py-1 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300';
  const num = `${th} text-right`;
  const headers: [string, string][] = [
    [t('task.name'), th],
    [t('task.time'), num],
    [t('task.pages'), num],
    [t('task.clicks'), num],
    [t('task.back'), num],
    [t('task.outcome'), th],
    [t('task.seq'), th],
  ];
  return (
    <table className="w-full border-collapse text-sm" aria-label={t('task.label')}>
      <thead className="border-b border-slate-300 dark:border-slate-600">
        <tr>
          {headers.map(([label, className]) => (
            <th key={label} scope="col" className={className}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => {
          const m = taskMetrics(task, touchpoints, now);
          const ended = task.endedAt !== undefined;
          return (
            <tr key={task.id} className="border-b border-slate-200 dark:border-slate-700" data-testid="task-row">
              <th scope="row" className="px-2 py-1 text-left font-medium">
                {task.name}
              </th>
              <td className="px-2 py-1 text-right tabular-nums">{formatDuration(m.timeOnTaskMs, locale)}</td>
              <td className="px-2 py-1 text-right tabular-nums">{m.pages}</td>
              <td className="px-2 py-1 text-right tabular-nums">{m.clicks ?? '–'}</td>
              <td className="px-2 py-1 text-right tabular-nums">{m.backNavigations}</td>
              <td className="px-2 py-1">
                {!ended ? (
                  t('task.runningBadge')
                ) : onRate ? (
                  <OutcomeSelect t={t} task={task} onRate={(rating) => onRate(task.id, rating)} />
                ) : task.outcome ? (
                  t(`task.outcome.${task.outcome}`)
                ) : (
                  '–'
                )}
              </td>
              <td className="px-2 py-1 tabular-nums">
                {ended && onRate ? (
                  <SeqSelect t={t} task={task} onRate={(rating) => onRate(task.id, rating)} />
                ) : (
                  (task.seqAnswer ?? '–')
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
