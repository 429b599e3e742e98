import { useId, useState, type FormEvent } from 'react';
import { database } from '@/utils/db/database';
import { addOffWebTouchpoint, type OffWebError } from '@/utils/db/off-web';
import type { Translate } from '@/utils/i18n/translate';
import { MAX_NAME } from '@/utils/model/limits';
import type { Stage } from '@/utils/model/stage';
import { OFF_WEB_CHANNELS, type OffWebChannel } from '@/utils/model/touchpoint';
import { timeEntry, timeInputsOf, type TimeEntry } from '@/utils/recording/off-web-time-inputs';
import { OffWebTimeFields } from './OffWebTimeFields';
import { StageSelect } from './StageSelect';

interface Props {
  t: Translate;
  auditId: string;
}

type Timing = 'stopwatch' | 'entered';

/**
 * Adds a contact off the web (a hotline call, an e-mail, a store visit) to an audit: timed from now by the stopwatch
 * on its row, or by the times the auditor noted. It joins the journey where it began.
 */
export function OffWebForm({ t, auditId }: Props) {
  const id = useId();
  const [channel, setChannel] = useState<OffWebChannel>('hotline');
  const [title, setTitle] = useState('');
  const [stage, setStage] = useState<Stage>('service');
  const [timing, setTiming] = useState<Timing>('stopwatch');
  const [entry, setEntry] = useState<TimeEntry>();
  const [refused, setRefused] = useState<OffWebError>();
  const [added, setAdded] = useState<string>();
  const freshEntry = () => timeEntry(timeInputsOf({ startedAt: Date.now() }), Date.now());
  const problem = timing === 'entered' ? entry?.problem : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const at = Date.now();
    // Checked again against the clock of this moment: the check as typed used the clock of then.
    const checked = timing === 'entered' && entry ? timeEntry(entry.inputs, at) : undefined;
    if (checked) setEntry(checked);
    const times = timing === 'stopwatch' ? { startedAt: at } : checked?.times;
    if (!times || checked?.problem) return;
    void addOffWebTouchpoint(database(), auditId, { channel, title, stage, times }, at).then((result) => {
      if (!result.ok) return setRefused(result.error);
      setAdded(result.value.title);
      setTitle('');
      setEntry(timing === 'entered' ? freshEntry() : undefined);
    });
  };
  const changed = () => {
    setRefused(undefined);
    setAdded(undefined);
  };

  return (
    <details className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
      <summary className="cursor-pointer text-sm font-medium">{t('offWeb.add')}</summary>
      <form className="mt-2 space-y-3" aria-label={t('offWeb.add')} onSubmit={submit} onChange={changed}>
        <p className="text-xs text-slate-600 dark:text-slate-300">{t('offWeb.addExplained')}</p>
        <div>
          <label className="label" htmlFor={`${id}-channel`}>
            {t('offWeb.channel')}
          </label>
          <select
            id={`${id}-channel`}
            className="field"
            value={channel}
            onChange={(e) => setChannel(e.target.value as OffWebChannel)}
          >
            {OFF_WEB_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channel.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label className="label" htmlFor={`${id}-title`}>
            {t('offWeb.title')}
          </label>
          <input
            id={`${id}-title`}
            className="field"
            value={title}
            required
            maxLength={MAX_NAME}
            placeholder={t('offWeb.titlePlaceholder')}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <StageSelect t={t} stage={stage} byAuditor onChange={setStage} />
        <fieldset className="space-y-2">
          <legend className="label">{t('offWeb.timing')}</legend>
          {(['stopwatch', 'entered'] as const).map((choice) => (
            <label key={choice} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name={`${id}-timing`}
                value={choice}
                checked={timing === choice}
                onChange={() => {
                  setTiming(choice);
                  // Until the auditor types a time, the start offered is the moment they chose to enter times.
                  if (choice === 'entered' && !entry) setEntry(freshEntry());
                }}
              />
              {t(choice === 'stopwatch' ? 'offWeb.stopwatch' : 'offWeb.enterTimes')}
            </label>
          ))}
          {timing === 'stopwatch' ? (
            <p className="text-xs text-slate-600 dark:text-slate-300">{t('offWeb.stopwatchHint')}</p>
          ) : (
            entry && (
              <OffWebTimeFields
                t={t}
                inputs={entry.inputs}
                problem={problem}
                onChange={(inputs) => setEntry(timeEntry(inputs, Date.now()))}
              />
            )
          )}
        </fieldset>
        <div className="flex flex-wrap items-center gap-2">
          <button type="submit" className="btn btn-primary" disabled={problem !== undefined}>
            {t(timing === 'stopwatch' ? 'offWeb.submitStopwatch' : 'offWeb.submit')}
          </button>
          <p role="status" className="text-sm">
            {added !== undefined && t('offWeb.added', { title: added })}
            {refused && t(`offWeb.problem.${refused}`)}
          </p>
        </div>
      </form>
    </details>
  );
}
