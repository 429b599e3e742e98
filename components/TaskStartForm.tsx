import { useId, useState, type FormEvent, type Ref } from 'react';
import type { Translate } from '@/utils/i18n/translate';
import { useCommandShortcut } from './use-command-shortcut';

interface Props {
  t: Translate;
  busy: boolean;
  inputRef: Ref<HTMLInputElement>;
  onStart: (name: string) => void;
}

/** Names the next task and starts its clock. */
export function TaskStartForm({ t, busy, inputRef, onStart }: Props) {
  const [name, setName] = useState('');
  const id = useId();
  const shortcut = useCommandShortcut('toggle-task');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) onStart(name);
  };
  return (
    <form className="space-y-1" onSubmit={submit} aria-label={t('task.startLabel')}>
      <label className="label" htmlFor={id}>
        {t('task.name')}
      </label>
      <div className="flex gap-2">
        <input
          ref={inputRef}
          id={id}
          className="field"
          value={name}
          placeholder={t('task.namePlaceholder')}
          maxLength={200}
          required
          aria-describedby={shortcut ? `${id}-hint` : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="btn btn-primary shrink-0" disabled={busy}>
          {t('task.start')}
        </button>
      </div>
      {shortcut && (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-300">
          {t('task.keyboardHint', { keys: shortcut })}
        </p>
      )}
    </form>
  );
}
