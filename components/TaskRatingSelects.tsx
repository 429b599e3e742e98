import type { Translate } from '@/utils/i18n/translate';
import { SEQ_POINTS, type Task } from '@/utils/model/task';
import type { TaskRating } from '@/utils/recording/task-lifecycle';
import { usePendingValue } from './use-pending-value';

interface Props {
  t: Translate;
  task: Task;
  onRate: (rating: TaskRating) => void;
}

const select = 'field w-auto py-1 text-xs';

/**
 * The outcome of an ended task, to give or change later. "Not given" and Shopwalk's own `abandoned` are shown when
 * they are the value, but only a verdict (success, failure) can be chosen.
 */
export function OutcomeSelect({ t, task, onRate }: Props) {
  const [shown, choose] = usePendingValue<string>(task.outcome ?? '');
  return (
    <select
      className={select}
      aria-label={t('task.outcomeOf', { name: task.name })}
      value={shown}
      onChange={(e) => {
        const outcome = e.target.value;
        if (outcome !== 'success' && outcome !== 'failure') return;
        choose(outcome);
        onRate({ outcome });
      }}
    >
      <option value="" disabled>
        {t('task.notGiven')}
      </option>
      <option value="success">{t('task.outcome.success')}</option>
      <option value="failure">{t('task.outcome.failure')}</option>
      {task.outcome === 'abandoned' && (
        <option value="abandoned" disabled>
          {t('task.outcome.abandoned')}
        </option>
      )}
    </select>
  );
}

/** The SEQ answer of an ended task, to give or change later; the ends keep their labels, as in the question. */
export function SeqSelect({ t, task, onRate }: Props) {
  const [shown, choose] = usePendingValue<string>(task.seqAnswer === undefined ? '' : String(task.seqAnswer));
  const label = (point: number) =>
    point === 1 ? `1 – ${t('task.seqVeryDifficult')}` : point === 7 ? `7 – ${t('task.seqVeryEasy')}` : String(point);
  return (
    <select
      className={select}
      aria-label={t('task.seqOf', { name: task.name })}
      value={shown}
      onChange={(e) => {
        if (!e.target.value) return;
        choose(e.target.value);
        onRate({ seqAnswer: Number(e.target.value) });
      }}
    >
      <option value="" disabled>
        {t('task.notGiven')}
      </option>
      {SEQ_POINTS.map((point) => (
        <option key={point} value={point}>
          {label(point)}
        </option>
      ))}
    </select>
  );
}
