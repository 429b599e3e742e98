import { useId, useRef, useState } from 'react';
import { database } from '@/utils/db/database';
import { stampOffWeb, type OffWebError } from '@/utils/db/off-web';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import type { Stage } from '@/utils/model/stage';
import type { Touchpoint } from '@/utils/model/touchpoint';
import { AttachmentList } from './AttachmentList';
import { NoteField } from './NoteField';
import { OffWebDurations } from './OffWebDurations';
import { OffWebEditTimes } from './OffWebEditTimes';
import { OffWebRemove } from './OffWebRemove';
import { ScorecardTouchpoint } from './ScorecardTouchpoint';
import { StageSelect } from './StageSelect';
import { useNow } from './use-now';

interface Props {
  t: Translate;
  locale: Locale;
  touchpoint: Touchpoint;
  now: number;
  onNote?: (touchpointId: string, note: string) => void;
  /** Without it the contact is shown, not offered for change (stopwatch, times, stage, files). */
  onStage?: (touchpointId: string, stage: Stage) => void;
}

/**
 * A contact off the web in the journey: its channel and what it was, how long the customer waited and was served, the
 * stopwatch while it runs, and its stage, scorecard, note and files. It has no page: no address, arrival or timing.
 */
export function OffWebTouchpoint({ t, locale, touchpoint: tp, now, onNote, onStage }: Props) {
  const titleId = useId();
  const editable = onStage !== undefined;
  const [editing, setEditing] = useState(false);
  const [refused, setRefused] = useState<OffWebError>();
  const editButton = useRef<HTMLButtonElement>(null);
  // The list's clock stops when the audit does (paused, finished); a running stopwatch keeps counting on its own.
  const clock = useNow(tp.leftAt === undefined);
  const endButton = useRef<HTMLButtonElement>(null);
  const stamp = (which: 'answered' | 'ended') => {
    void stampOffWeb(database(), tp.id, which, Date.now()).then((r) => setRefused(r.ok ? undefined : r.error));
    // The pressed button goes once its moment is stamped; the focus goes on to the next thing to press.
    (which === 'answered' ? endButton : editButton).current?.focus();
  };
  const running = tp.leftAt === undefined;

  return (
    <li
      className="rounded-md border border-sky-200 bg-sky-50/40 p-2 dark:border-sky-800 dark:bg-sky-950/40"
      data-testid="touchpoint"
      data-channel={tp.channel}
    >
      <div className="flex items-baseline justify-between gap-2">
        <span id={titleId} className="min-w-0 text-sm font-medium">
          <span className="text-slate-600 tabular-nums dark:text-slate-400">{tp.seq + 1}.</span>{' '}
          <span className="rounded bg-sky-100 px-1 text-xs text-sky-900 dark:bg-sky-900 dark:text-sky-100">
            {t(`channel.${tp.channel}`)}
          </span>{' '}
          {tp.title || t('journey.untitled')}
        </span>
      </div>
      <OffWebDurations t={t} locale={locale} touchpoint={tp} now={running ? Math.max(now, clock) : now} />
      {editable && (
        <div className="mt-1 flex flex-wrap gap-2">
          {running && tp.answeredAt === undefined && (
            <button
              type="button"
              className="btn btn-primary"
              aria-describedby={titleId}
              onClick={() => stamp('answered')}
            >
              {t('offWeb.stampAnswered')}
            </button>
          )}
          {running && (
            <button
              ref={endButton}
              type="button"
              className="btn btn-primary"
              aria-describedby={titleId}
              onClick={() => stamp('ended')}
            >
              {t('offWeb.stampEnded')}
            </button>
          )}
          <button
            ref={editButton}
            type="button"
            className="btn"
            aria-describedby={titleId}
            aria-expanded={editing}
            onClick={() => setEditing(!editing)}
          >
            {t('offWeb.editTimes')}
          </button>
          <OffWebRemove t={t} touchpointId={tp.id} describedBy={titleId} />
        </div>
      )}
      {refused && (
        <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">
          {t(`offWeb.problem.${refused}`)}
        </p>
      )}
      {editing && (
        <OffWebEditTimes
          t={t}
          touchpoint={tp}
          describedBy={titleId}
          onDone={() => {
            setEditing(false);
            editButton.current?.focus();
          }}
        />
      )}
      {onStage ? (
        <div className="mt-1">
          <StageSelect t={t} stage={tp.stage} byAuditor describedBy={titleId} onChange={(s) => onStage(tp.id, s)} />
        </div>
      ) : (
        tp.stage && (
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">
            {t('stage.label')}: {t(`stage.${tp.stage}`)}
          </p>
        )
      )}
      <ScorecardTouchpoint t={t} locale={locale} touchpoint={tp} editable={editable} />
      {onNote ? (
        <NoteField label={t('journey.note')} describedBy={titleId} value={tp.note} onSave={(n) => onNote(tp.id, n)} />
      ) : (
        tp.note && <p className="mt-1 text-xs whitespace-pre-wrap">{tp.note}</p>
      )}
      <AttachmentList t={t} locale={locale} touchpointId={tp.id} describedBy={titleId} editable={editable} />
    </li>
  );
}
