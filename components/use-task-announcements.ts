import { useEffect, useRef } from 'react';
import type { Translate } from '@/utils/i18n/translate';
import type { Task } from '@/utils/model/task';

/**
 * Says in words when a task starts or ends, whoever did it: this panel, another one, or the keyboard shortcut (the
 * auditor's focus is then in the shop, and the panel changes beside it). Nothing is said for what was there on load.
 */
export function useTaskAnnouncements(t: Translate, tasks: readonly Task[] | undefined, say: (text: string) => void) {
  const seen = useRef<{ id?: string; ended: boolean }>(undefined);
  const last = tasks?.at(-1);
  const loaded = tasks !== undefined;
  const id = last?.id;
  const ended = last?.endedAt !== undefined;
  const name = last?.name ?? '';
  useEffect(() => {
    if (!loaded) return;
    const before = seen.current;
    seen.current = { id, ended };
    if (!before || !id) return;
    if (id !== before.id && !ended) say(t('task.started', { name }));
    else if (id === before.id && ended && !before.ended) say(t('task.ended', { name }));
  }, [loaded, id, ended, name, t, say]);
}
