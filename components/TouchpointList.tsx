import { useId } from 'react';
import type { Audit } from '@/utils/model/audit';
import { isWeb, type Touchpoint } from '@/utils/model/touchpoint';
import type { Translate } from '@/utils/i18n/translate';
import type { Locale } from '@/utils/i18n/locale';
import { formatDuration } from '@/utils/format/duration';
import { dwellMs, visibleMs } from '@/utils/recording/touchpoint-time';
import { touchpointHighlights } from '@/utils/journey/touchpoint-highlights';
import type { Stage } from '@/utils/model/stage';
import { NoteField } from './NoteField';
import { ScorecardTouchpoint } from './ScorecardTouchpoint';
import { StageSelect } from './StageSelect';
import { TimingSummary } from './TimingSummary';
import { TouchpointHighlights } from './TouchpointHighlights';
import { journeyInTimeOrder } from '@/utils/journey/journey-in-time-order';
import { OffWebTouchpoint } from './OffWebTouchpoint';

interface Props {
  t: Translate;
  locale: Locale;
  audit: Audit;
  touchpoints: readonly Touchpoint[];
  now: number;
  onNote?: (touchpointId: string, note: string) => void;
  /** The auditor corrects a touchpoint's stage; without it the stage is shown, not offered for change. */
  onStage?: (touchpointId: string, stage: Stage) => void;
}

function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}${u.hash}`;
  } catch {
    return url;
  }
}

/**
 * The journey so far in the order it happened, newest last: each page with its time on page, visible time and where
 * it led; each contact off the web (OffWebTouchpoint) where it began.
 */
export function TouchpointList({ t, locale, audit, touchpoints, now, onNote, onStage }: Props) {
  const id = useId();
  if (touchpoints.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-300">{t('journey.empty')}</p>;
  return (
    <ol className="space-y-2" aria-label={t('journey.label')}>
      {journeyInTimeOrder(touchpoints).map((tp) => {
        if (!isWeb(tp))
          return (
            <OffWebTouchpoint
              key={tp.id}
              t={t}
              locale={locale}
              touchpoint={tp}
              now={now}
              onNote={onNote}
              onStage={onStage}
            />
          );
        const offSite = tp.origin !== audit.origin;
        const titleId = `${id}-${tp.id}`;
        return (
          <li
            key={tp.id}
            className="rounded-md border border-slate-200 p-2 dark:border-slate-700"
            data-testid="touchpoint"
            data-url={tp.url}
            data-stage={tp.stage}
          >
            <div className="flex items-baseline justify-between gap-2">
              <span id={titleId} className="truncate text-sm font-medium" title={tp.title || tp.url}>
                <span className="text-slate-600 tabular-nums dark:text-slate-400">{tp.seq + 1}.</span>{' '}
                {tp.title || t('journey.untitled')}
              </span>
              <span className="shrink-0 text-sm tabular-nums" title={t('journey.dwell')}>
                {/* A title is not read out reliably, and the bare number would not say what it counts. */}
                <span className="sr-only">{t('journey.dwell')}: </span>
                <span data-testid="dwell">{formatDuration(dwellMs(tp, now), locale)}</span>
              </span>
            </div>
            <div className="flex flex-wrap items-center gap-1 text-xs text-slate-600 dark:text-slate-300">
              <span className="truncate" title={tp.url}>
                {offSite ? tp.url : shortUrl(tp.url)}
              </span>
              {offSite && (
                <span className="rounded bg-violet-100 px-1 text-violet-900 dark:bg-violet-900 dark:text-violet-100">
                  {t('journey.otherOrigin')}
                </span>
              )}
              <span className="rounded bg-slate-100 px-1 dark:bg-slate-800">{t(`arrival.${tp.arrival}`)}</span>
              {tp.backForward && tp.arrival !== 'back-forward' && (
                <span className="rounded bg-slate-100 px-1 dark:bg-slate-800">{t('arrival.back-forward')}</span>
              )}
              <span className="ml-auto tabular-nums" title={t('journey.visible')}>
                {t('journey.visibleShort', { time: formatDuration(visibleMs(tp, now), locale) })}
              </span>
            </div>
            {onStage ? (
              <div className="mt-1">
                <StageSelect
                  t={t}
                  stage={tp.stage}
                  byAuditor={tp.stageSource === 'auditor'}
                  describedBy={titleId}
                  onChange={(stage) => onStage(tp.id, stage)}
                />
              </div>
            ) : (
              tp.stage && (
                <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">
                  {t('stage.label')}: {t(`stage.${tp.stage}`)}
                </p>
              )
            )}
            <ScorecardTouchpoint t={t} locale={locale} touchpoint={tp} editable={onStage !== undefined} />
            {tp.timing && <TimingSummary t={t} locale={locale} timing={tp.timing} />}
            <TouchpointHighlights t={t} locale={locale} highlights={touchpointHighlights(tp, now)} />
            {onNote ? (
              <NoteField
                label={t('journey.note')}
                describedBy={titleId}
                value={tp.note}
                onSave={(note) => onNote(tp.id, note)}
              />
            ) : (
              tp.note && <p className="mt-1 text-xs whitespace-pre-wrap">{tp.note}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
