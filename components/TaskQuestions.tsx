import { useId, type Ref } from 'react';
import type { Translate } from '@/utils/i18n/translate';
import type { Task } from '@/utils/model/task';
import type { TaskRating } from '@/utils/recording/task-lifecycle';
import { SeqQuestion } from './SeqQuestion';
import { usePendingValue } from './use-pending-value';

interface Props {
  t: Translate;
  task: Task;
  /** The box takes the focus when it appears: the End button that had it is gone. */
  boxRef: Ref<HTMLElement>;
  onRate: (rating: TaskRating) => void;
  onDone: () => void;
}

/**
 * Right after a task ends: did it succeed (already answered when it ended with Success or Failure, still open when
 * it ended by keyboard), and the Single Ease Question. Answers are saved as given and can be changed until Done
 * closes the questions; the task list keeps them, editable.
 */
export function TaskQuestions({ t, task, boxRef, onRate, onDone }: Props) {
  const questionId = useId();
  const [outcome, choose] = usePendingValue(task.outcome);
  return (
    <section
      ref={boxRef}
      tabIndex={-1}
      className="space-y-3 rounded-md border border-slate-300 p-3 dark:border-slate-600"
      aria-label={t('task.questionsAbout', { name: task.name })}
      data-testid="task-questions"
    >
      <h3 className="text-sm font-semibold">{t('task.endedHeading', { name: task.name })}</h3>
      {/* Both buttons stay, pressed or not, so that the focus stays where it was when the answer changes. */}
      <div className="space-y-1" role="group" aria-labelledby={questionId}>
        <p id={questionId} className="text-sm">
          {t('task.outcomeQuestion')}
        </p>
        <div className="flex gap-2">
          {(['success', 'failure'] as const).map((verdict) => (
            <button
              key={verdict}
              type="button"
              className={`btn flex-1 ${outcome === verdict ? 'btn-primary' : ''}`}
              aria-pressed={outcome === verdict}
              onClick={() => {
                choose(verdict);
                onRate({ outcome: verdict });
              }}
            >
              {t(`task.outcome.${verdict}`)}
            </button>
          ))}
        </div>
      </div>
      <SeqQuestion t={t} value={task.seqAnswer} onChange={(seqAnswer) => onRate({ seqAnswer })} />
      <button type="button" className="btn w-full" onClick={onDone}>
        {t('task.done')}
      </button>
    </section>
  );
}
