import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { database } from '@/utils/db/database';
import { tasksOf } from '@/utils/db/tasks';
import type { Translate } from '@/utils/i18n/translate';
import type { Locale } from '@/utils/i18n/locale';
import { taskMetrics } from '@/utils/measure/task-metrics';
import type { Audit } from '@/utils/model/audit';
import type { Task } from '@/utils/model/task';
import type { Touchpoint } from '@/utils/model/touchpoint';
import type { TaskCommand, TaskReply } from '@/utils/messages';
import type { TaskRating } from '@/utils/recording/task-lifecycle';
import { sendTaskCommand } from '@/utils/send-task-command';
import { RunningTask } from './RunningTask';
import { taskErrorMessage } from './task-error';
import { TaskList } from './TaskList';
import { TaskQuestions } from './TaskQuestions';
import { TaskStartForm } from './TaskStartForm';
import { useTaskAnnouncements } from './use-task-announcements';

interface Props {
  t: Translate;
  locale: Locale;
  audit: Audit;
  touchpoints: readonly Touchpoint[];
  now: number;
}

/** Where the focus goes next, once it is there: the database answers a command a moment after its reply. */
type FocusTarget = 'running' | 'questions' | 'name' | 'heading';

/**
 * The tasks of the audit in the side panel: name and start one, watch it run, end it as a success or failure and
 * answer the Single Ease Question, then edit any of it in the list. Changes go to the background as commands;
 * what is shown comes from the database, so the keyboard shortcut's changes appear here too.
 */
export function TaskPanel({ t, locale, audit, touchpoints, now }: Props) {
  const tasks = useLiveQuery(() => tasksOf(database(), audit.id), [audit.id]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const [justEnded, setJustEnded] = useState<string>();
  const [closed, setClosed] = useState<string>();
  const [focus, setFocus] = useState<FocusTarget>();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const name = useRef<HTMLInputElement>(null);
  const running = useRef<HTMLHeadingElement>(null);
  const questions = useRef<HTMLElement>(null);
  useTaskAnnouncements(t, tasks, setStatus);

  // What had the focus (Start, End, Done, Delete) is gone once the database answers; its successor takes it when it
  // appears. After an End, that is the first question still open: the SEQ when the outcome is given.
  useEffect(() => {
    if (!focus) return;
    const box = questions.current;
    const target = { running: running.current, name: name.current, questions: box, heading: heading.current }[focus];
    if (!target) return;
    const first = box?.querySelector('[aria-pressed="true"]') ? 'input[type="radio"]' : 'button';
    (focus === 'questions' ? (box?.querySelector<HTMLElement>(first) ?? target) : target).focus();
    setFocus(undefined);
  }, [focus, tasks]);

  const send = (command: TaskCommand, then?: (reply: Extract<TaskReply, { ok: true }>) => void) => {
    setBusy(true);
    setError(undefined);
    void sendTaskCommand(command)
      .then((reply) => (reply.ok ? then?.(reply) : setError(taskErrorMessage(t, reply.error))))
      .catch(() => setError(t('error.invalid-message')))
      .finally(() => setBusy(false));
  };
  const rate = (taskId: string, rating: TaskRating) =>
    send({ type: 'task/rate', taskId, ...rating }, () => setStatus(t('task.saved')));

  if (!tasks) return null;
  const last = tasks.at(-1);
  const open = last?.endedAt === undefined ? last : undefined;
  const asking =
    last && !open && last.id !== closed && (last.id === justEnded || last.outcome === undefined) ? last : undefined;
  return (
    <section className="space-y-3" aria-labelledby={headingId}>
      <h2 ref={heading} id={headingId} tabIndex={-1} className="text-base font-semibold">
        {t('task.label')}
      </h2>
      {/* Always in the page, so that screen readers hear what changes in it (WAI-ARIA live regions). */}
      <p role="status" className="sr-only">
        {status}
      </p>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      )}
      {open && (
        <RunningTask
          t={t}
          locale={locale}
          task={open}
          metrics={taskMetrics(open, touchpoints, now)}
          busy={busy}
          headingRef={running}
          onEnd={(outcome) =>
            send({ type: 'task/end', ref: { taskId: open.id }, outcome }, ({ task }) => {
              setJustEnded(task.id);
              setFocus('questions');
            })
          }
        />
      )}
      {asking && (
        <TaskQuestions
          t={t}
          task={asking}
          boxRef={questions}
          onRate={(rating) => rate(asking.id, rating)}
          onDone={() => {
            setClosed(asking.id);
            setFocus(audit.status === 'active' ? 'name' : 'heading');
          }}
        />
      )}
      {!open && audit.status === 'active' && (
        <TaskStartForm
          t={t}
          busy={busy}
          inputRef={name}
          onStart={(taskName) =>
            send({ type: 'task/start', auditId: audit.id, name: taskName }, () => setFocus('running'))
          }
        />
      )}
      <TaskList
        t={t}
        locale={locale}
        tasks={tasks}
        touchpoints={touchpoints}
        now={now}
        onRate={rate}
        onRename={(taskId, taskName) => send({ type: 'task/rename', taskId, name: taskName })}
        onNote={(taskId, note) => send({ type: 'task/note', taskId, note })}
        onDelete={(task: Task) =>
          send({ type: 'task/delete', taskId: task.id }, () => {
            setStatus(t('task.deleted', { name: task.name }));
            setFocus('heading');
          })
        }
      />
    </section>
  );
}
