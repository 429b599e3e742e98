import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { database } from '@/utils/db/database';
import { tasksOf } from '@/utils/db/tasks';
import type { Translate } from '@/utils/i18n/translate';
import type { Locale } from '@/utils/i18n/locale';
import type { Audit } from '@/utils/model/audit';
import type { Touchpoint } from '@/utils/model/touchpoint';
import { sendTaskCommand } from '@/utils/send-task-command';
import { taskErrorMessage } from './task-error';
import { TaskTable } from './TaskTable';

interface Props {
  t: Translate;
  locale: Locale;
  audit: Audit;
  touchpoints: readonly Touchpoint[];
  now: number;
}

/** An audit's tasks in the dashboard, with their outcome and SEQ answer still to be given or changed. */
export function AuditTasks({ t, locale, audit, touchpoints, now }: Props) {
  const tasks = useLiveQuery(() => tasksOf(database(), audit.id), [audit.id]);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  if (!tasks) return null;
  return (
    <section className="space-y-2" aria-labelledby={`tasks-${audit.id}`}>
      <h3 id={`tasks-${audit.id}`} className="text-lg font-semibold">
        {t('task.label')}
      </h3>
      <p role="status" className="sr-only">
        {status}
      </p>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      )}
      <TaskTable
        t={t}
        locale={locale}
        tasks={tasks}
        touchpoints={touchpoints}
        now={now}
        onRate={(taskId, rating) => {
          setError(undefined);
          void sendTaskCommand({ type: 'task/rate', taskId, ...rating })
            .then((reply) => (reply.ok ? setStatus(t('task.saved')) : setError(taskErrorMessage(t, reply.error))))
            .catch(() => setError(t('error.invalid-message')));
        }}
      />
    </section>
  );
}
