import { useEffect, useRef, useState } from 'react';
import type { Translate } from '@/utils/i18n/translate';
import type { Task } from '@/utils/model/task';

interface Props {
  t: Translate;
  task: Task;
  /** The id of the element naming the task, read out with the buttons: every task has a Rename and a Delete. */
  describedBy: string;
  onRename: (name: string) => void;
  onDelete: () => void;
}

type Mode = { kind: 'idle'; back?: 'rename' | 'delete' } | { kind: 'renaming'; name: string } | { kind: 'deleting' };

/** Rename and Delete of one task, each in place; Delete asks once more, as a deleted task cannot come back. */
export function TaskActions({ t, task, describedBy, onRename, onDelete }: Props) {
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const rename = useRef<HTMLButtonElement>(null);
  const remove = useRef<HTMLButtonElement>(null);
  const back = mode.kind === 'idle' ? mode.back : undefined;
  // Closing a form gives the focus back to the button that opened it.
  useEffect(() => {
    if (back) (back === 'rename' ? rename : remove).current?.focus();
  }, [back]);
  const small = 'btn py-1 text-xs';

  if (mode.kind === 'renaming')
    return (
      <form
        className="flex gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          onRename(mode.name);
          setMode({ kind: 'idle', back: 'rename' });
        }}
      >
        <input
          className="field py-1 text-xs"
          aria-label={t('task.newName')}
          value={mode.name}
          maxLength={200}
          required
          autoFocus
          onChange={(e) => setMode({ kind: 'renaming', name: e.target.value })}
        />
        <button type="submit" className={small}>
          {t('common.save')}
        </button>
        <button type="button" className={small} onClick={() => setMode({ kind: 'idle', back: 'rename' })}>
          {t('common.cancel')}
        </button>
      </form>
    );
  if (mode.kind === 'deleting')
    return (
      <div className="flex flex-wrap items-center gap-2" role="group" aria-labelledby={`${describedBy}-confirm`}>
        <span id={`${describedBy}-confirm`} className="text-xs">
          {t('task.confirmDelete', { name: task.name })}
        </span>
        <button type="button" className={`${small} btn-danger`} autoFocus onClick={onDelete}>
          {t('common.delete')}
        </button>
        <button type="button" className={small} onClick={() => setMode({ kind: 'idle', back: 'delete' })}>
          {t('common.cancel')}
        </button>
      </div>
    );
  return (
    <div className="flex gap-2">
      <button
        ref={rename}
        type="button"
        className={small}
        aria-describedby={describedBy}
        onClick={() => setMode({ kind: 'renaming', name: task.name })}
      >
        {t('task.rename')}
      </button>
      <button
        ref={remove}
        type="button"
        className={`${small} btn-danger`}
        aria-describedby={describedBy}
        onClick={() => setMode({ kind: 'deleting' })}
      >
        {t('common.delete')}
      </button>
    </div>
  );
}
