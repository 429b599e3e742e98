import { useEffect, useRef, useState, type FormEvent } from 'react';
import { database } from '@/utils/db/database';
import { updateOffWebTouchpoint, type OffWebError } from '@/utils/db/off-web';
import type { Translate } from '@/utils/i18n/translate';
import type { Touchpoint } from '@/utils/model/touchpoint';
import { timeEntry, timeInputsOf, type TimeEntry } from '@/utils/recording/off-web-time-inputs';
import { OffWebTimeFields } from './OffWebTimeFields';

interface Props {
  t: Translate;
  touchpoint: Touchpoint;
  /** The id of the contact's title: several rows may have this form open. */
  describedBy: string;
  onDone: () => void;
}

/** Corrects the times of a contact off the web, checked as when it was entered; an emptied end runs the stopwatch again. */
export function OffWebEditTimes({ t, touchpoint: tp, describedBy, onDone }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [entry, setEntry] = useState<TimeEntry>(() => ({
    inputs: timeInputsOf({ startedAt: tp.enteredAt, answeredAt: tp.answeredAt, endedAt: tp.leftAt }),
  }));
  const [refused, setRefused] = useState<OffWebError>();
  const problem = refused ?? entry.problem;
  useEffect(() => form.current?.querySelector('input')?.focus(), []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const at = Date.now();
    const checked = timeEntry(entry.inputs, at);
    setEntry(checked);
    if (!checked.times || checked.problem) return;
    void updateOffWebTouchpoint(database(), tp.id, { times: checked.times }, at).then((result) =>
      result.ok ? onDone() : setRefused(result.error),
    );
  };
  return (
    <form
      ref={form}
      className="mt-2 space-y-2 rounded-md bg-slate-50 p-2 dark:bg-slate-900"
      aria-label={t('offWeb.editTimes')}
      aria-describedby={describedBy}
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
    >
      <OffWebTimeFields
        t={t}
        inputs={entry.inputs}
        problem={problem}
        onChange={(inputs) => {
          setRefused(undefined);
          setEntry(timeEntry(inputs, Date.now()));
        }}
      />
      <div className="flex gap-2">
        <button type="submit" className="btn btn-primary" disabled={problem !== undefined}>
          {t('common.save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
