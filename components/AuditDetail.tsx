import { useEffect, useRef, useState } from 'react';
import type { Stage } from '@/utils/model/stage';
import type { Audit } from '@/utils/model/audit';
import type { Touchpoint } from '@/utils/model/touchpoint';
import type { Translate } from '@/utils/i18n/translate';
import type { Locale } from '@/utils/i18n/locale';
import { formatDateTime } from '@/utils/format/date-time';
import { NoteField } from './NoteField';
import { AuditFindings } from './AuditFindings';
import { EndOfJourney } from './EndOfJourney';
import { ScorecardProvider } from './ScorecardContext';
import { ScoreOverview } from './ScoreOverview';
import { AuditTasks } from './AuditTasks';
import { EvidenceChain } from './EvidenceChain';
import { StatusBadge } from './StatusBadge';
import { TouchpointList } from './TouchpointList';
import { JourneySummary } from './JourneySummary';
import { OffWebForm } from './OffWebForm';
import { summarizeJourney } from '@/utils/journey/journey-summary';

interface Props {
  t: Translate;
  locale: Locale;
  audit: Audit;
  touchpoints: readonly Touchpoint[];
  now: number;
  onRename: (name: string) => void;
  onNotes: (notes: string) => void;
  onTouchpointNote: (touchpointId: string, note: string) => void;
  onTouchpointStage: (touchpointId: string, stage: Stage) => void;
  onExport: () => void;
  onDelete: () => void;
  onBack: () => void;
}

/** One audit: what was walked, by whom, on what device, and every step of the journey. */
export function AuditDetail(p: Props) {
  const { t, locale, audit } = p;
  const [name, setName] = useState<string>();
  const renaming = name !== undefined;
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening an audit (or ending a rename) removes what had the focus; the heading takes it, so that keyboard and
  // screen reader users carry on from the top of the audit instead of the top of the page.
  useEffect(() => {
    if (!renaming) heading.current?.focus();
  }, [renaming]);
  const facts: [string, string][] = [
    [t('detail.startUrl'), audit.startUrl],
    [t('dashboard.scenario'), audit.scenario || '–'],
    [t('dashboard.auditor'), audit.auditorName || '–'],
    [t('detail.started'), formatDateTime(audit.startedAt, locale)],
    [t('detail.finished'), audit.finishedAt ? formatDateTime(audit.finishedAt, locale) : '–'],
    [
      t('detail.device'),
      `${audit.device.viewportWidth}×${audit.device.viewportHeight} · ${audit.device.mobile ? t('detail.mobile') : t('detail.desktop')}`,
    ],
  ];
  return (
    <article className="space-y-4">
      <button type="button" className="text-sm underline" onClick={p.onBack}>
        <span aria-hidden="true">← </span>
        {t('detail.back')}
      </button>
      <header className="flex flex-wrap items-center gap-3">
        {/* While the rename form stands in for it, the heading stays for screen readers: the outline keeps its h2. */}
        <h2 ref={heading} tabIndex={-1} className={renaming ? 'sr-only' : 'text-xl font-bold'}>
          {audit.shopName}
        </h2>
        {renaming && (
          <form
            className="flex gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              p.onRename(name);
              setName(undefined);
            }}
          >
            <input
              className="field"
              aria-label={t('detail.newName')}
              value={name}
              maxLength={200}
              required
              autoFocus
              onChange={(e) => setName(e.target.value)}
            />
            <button type="submit" className="btn btn-primary">
              {t('common.save')}
            </button>
            <button type="button" className="btn" onClick={() => setName(undefined)}>
              {t('common.cancel')}
            </button>
          </form>
        )}
        <StatusBadge t={t} status={audit.status} />
        <div className="ml-auto flex gap-2">
          {!renaming && (
            <button type="button" className="btn" onClick={() => setName(audit.shopName)}>
              {t('detail.rename')}
            </button>
          )}
          <button type="button" className="btn" onClick={p.onExport}>
            {t('dashboard.exportOne')}
          </button>
          <button type="button" className="btn btn-danger" onClick={p.onDelete}>
            {t('common.delete')}
          </button>
        </div>
      </header>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {facts.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-semibold text-slate-600 dark:text-slate-300">{k}</dt>
            <dd className="break-all">{v}</dd>
          </div>
        ))}
      </dl>
      <NoteField label={t('detail.notes')} value={audit.notes} onSave={p.onNotes} />
      <EndOfJourney t={t} auditId={audit.id} />
      {/* Keyed by the seal: a result always describes the seal it checked. */}
      <EvidenceChain key={`${audit.id} ${audit.chainHead ?? ''}`} t={t} locale={locale} audit={audit} />
      <AuditTasks t={t} locale={locale} audit={audit} touchpoints={p.touchpoints} now={p.now} />
      <h3 className="text-lg font-semibold">{t('journey.label')}</h3>
      {p.touchpoints.length > 0 && (
        <JourneySummary t={t} locale={locale} summary={summarizeJourney(p.touchpoints, p.now)} />
      )}
      {/* Any status: the answer to an e-mail may come days after the walk. */}
      <OffWebForm t={t} auditId={audit.id} />
      <ScorecardProvider audit={audit} touchpoints={p.touchpoints}>
        <ScoreOverview t={t} locale={locale} />
        <TouchpointList
          t={t}
          locale={locale}
          audit={audit}
          touchpoints={p.touchpoints}
          now={p.now}
          onNote={p.onTouchpointNote}
          onStage={p.onTouchpointStage}
        />
      </ScorecardProvider>
      <AuditFindings t={t} locale={locale} auditId={audit.id} touchpoints={p.touchpoints} heading="h3" />
    </article>
  );
}
