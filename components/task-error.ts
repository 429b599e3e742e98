import type { Translate } from '@/utils/i18n/translate';
import type { TaskCommandError } from '@/utils/messages';
import type { TaskError } from '@/utils/recording/task-lifecycle';

type OwnTaskError = Exclude<TaskError, 'not-found' | 'not-active' | 'finished'>;
const own: readonly OwnTaskError[] = [
  'task-running',
  'no-task-running',
  'task-not-found',
  'task-not-ended',
  'task-unnamed',
];

/** A task command's refusal in words: the task's own reasons, or those it shares with every command. */
export function taskErrorMessage(t: Translate, error: TaskCommandError): string {
  return (own as readonly string[]).includes(error)
    ? t(`task.error.${error as OwnTaskError}`)
    : t(`error.${error as Exclude<TaskCommandError, OwnTaskError>}`);
}
