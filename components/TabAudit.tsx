import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { database } from '@/utils/db/database';
import { auditOfTab, touchpointsOf } from '@/utils/db/journey';
import { readSetting, writeSetting } from '@/utils/db/settings';
import type { Audit } from '@/utils/model/audit';
import { summarizeJourney } from '@/utils/journey/journey-summary';
import { classifyPage } from '@/utils/pages/page-access';
import { guessShopName } from '@/utils/pages/shop-name';
import type { CommandReply } from '@/utils/messages';
import { sendCommand } from '@/utils/send-command';
import { dashboardUrl } from '@/utils/tabs/open-panel';
import { DEFAULT_TEMPLATE_ID } from '@/utils/scoring/templates/registry';
import { consentHolds } from '@/utils/db/capture-consent';
import { keepStorage } from '@/utils/db/persistence';
import { requestSiteAccess } from '@/utils/tabs/site-access';
import { setStageByAuditor } from '@/utils/db/auditor-stage';
import { AuditControls } from './AuditControls';
import { AuditFindings } from './AuditFindings';
import { AuditStartForm, type AuditStartValues } from './AuditStartForm';
import { ConsentNotice } from './ConsentNotice';
import { FlagPanel } from './FlagPanel';
import { EndOfJourney } from './EndOfJourney';
import { ScorecardProvider } from './ScorecardContext';
import { ScoreOverview } from './ScoreOverview';
import { TaskPanel } from './TaskPanel';
import { TouchpointList } from './TouchpointList';
import { JourneySummary } from './JourneySummary';
import { OffWebForm } from './OffWebForm';
import { useCaptureConsent } from './use-capture-consent';
import { useNow } from './use-now';
import { useTabPage } from './use-tab-page';
import { useTranslate } from './use-translate';
import { WaitingAudits } from './WaitingAudits';

interface Props {
  tabId: number;
  /** Show the whole journey with notes (side panel) or only the controls (popup). */
  journey: boolean;
}

/** Everything about the audit of one tab: start it, steer it, and (in the side panel) follow its journey. */
export function TabAudit({ tabId, journey }: Props) {
  const { t, locale } = useTranslate();
  const db = database();
  const page = useTabPage(tabId);
  const audit = useLiveQuery(() => auditOfTab(db, tabId), [tabId]);
  const touchpoints = useLiveQuery(() => (audit && journey ? touchpointsOf(db, audit.id) : []), [audit?.id, journey]);
  const defaults = useLiveQuery(async () => ({
    auditorName: await readSetting(db, 'auditorName'),
    scenario: await readSetting(db, 'lastScenario'),
  }));
  const consent = useCaptureConsent();
  const now = useNow(audit?.status === 'active');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [finished, setFinished] = useState<Audit>();

  // The permission prompt must be asked for synchronously inside the click; the rest may wait for it.
  const act = (granted: Promise<boolean>, command: () => Promise<CommandReply>) => {
    setBusy(true);
    setError(undefined);
    setFinished(undefined);
    void (async () => {
      if (!(await granted)) return setError(t('error.no-access'));
      const reply = await command();
      if (!reply.ok) setError(t(`error.${reply.error}`));
      else if (reply.audit.status === 'finished') setFinished(reply.audit);
    })()
      .catch(() => setError(t('error.invalid-message')))
      .finally(() => setBusy(false));
  };
  const start = (values: AuditStartValues) =>
    act(requestSiteAccess(page?.url ?? ''), async () => {
      await writeSetting(db, 'auditorName', values.auditorName.trim());
      await writeSetting(db, 'lastScenario', values.scenario.trim());
      // Where the first records are written; the page asks, as workers have no persist().
      void keepStorage();
      return sendCommand({ type: 'audit/start', tabId, ...values });
    });
  const resumeHere = (a: Audit) =>
    act(requestSiteAccess(page?.url ?? ''), () => sendCommand({ type: 'audit/resume', auditId: a.id, tabId }));
  const steer = (type: 'audit/pause' | 'audit/finish') =>
    act(Promise.resolve(true), () => sendCommand({ type, auditId: audit!.id }));

  if (!page || defaults === undefined || consent === undefined) return <p className="text-sm">{t('common.loading')}</p>;
  const access = classifyPage(page.url);
  return (
    <div className="space-y-4">
      {error && (
        <p role="alert" className="rounded-md bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      )}
      {finished && (
        <p
          role="status"
          className="rounded-md bg-emerald-50 p-2 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
        >
          {t('controls.finishedNotice', { shop: finished.shopName })}{' '}
          <a className="underline" href={dashboardUrl(`#/audit/${finished.id}`)} target="_blank" rel="noreferrer">
            {t('controls.openInDashboard')}
          </a>
        </p>
      )}
      {finished && journey && <EndOfJourney t={t} auditId={finished.id} />}
      {audit ? (
        <AuditControls
          t={t}
          locale={locale}
          audit={audit}
          now={now}
          busy={busy}
          onPause={() => steer('audit/pause')}
          onResume={() => resumeHere(audit)}
          onFinish={() => steer('audit/finish')}
        />
      ) : !access.ok ? (
        <p
          role="status"
          className="rounded-md bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          {t(`error.${access.reason}`)}
        </p>
      ) : !consentHolds(consent) ? (
        <ConsentNotice t={t} />
      ) : (
        <>
          <AuditStartForm
            key={page.url}
            t={t}
            locale={locale}
            busy={busy}
            initial={{
              shopName: guessShopName(page.title, page.url),
              walkAs: 'desktop',
              templateId: DEFAULT_TEMPLATE_ID,
              ...defaults,
            }}
            onStart={start}
          />
          <WaitingAudits t={t} locale={locale} busy={busy} onResume={resumeHere} />
        </>
      )}
      {audit && journey && <FlagPanel t={t} tabId={tabId} audit={audit} />}
      {audit && journey && touchpoints && (
        <>
          <TaskPanel t={t} locale={locale} audit={audit} touchpoints={touchpoints} now={now} />
          {/* With the tasks above it, the journey needs a heading of its own. */}
          <h2 className="text-base font-semibold">{t('journey.label')}</h2>
        </>
      )}
      {audit && journey && touchpoints && touchpoints.length > 0 && (
        <JourneySummary t={t} locale={locale} summary={summarizeJourney(touchpoints, now)} />
      )}
      {audit && journey && audit.status !== 'finished' && <OffWebForm t={t} auditId={audit.id} />}
      {audit && journey && touchpoints && (
        <ScorecardProvider audit={audit} touchpoints={touchpoints}>
          <ScoreOverview t={t} locale={locale} />
          <TouchpointList
            t={t}
            locale={locale}
            audit={audit}
            touchpoints={touchpoints}
            now={now}
            onNote={(id, note) => void db.touchpoints.update(id, { note })}
            onStage={(id, stage) => void setStageByAuditor(db, id, stage, Date.now())}
          />
        </ScorecardProvider>
      )}
      {audit && journey && touchpoints && (
        <AuditFindings t={t} locale={locale} auditId={audit.id} touchpoints={touchpoints} />
      )}
    </div>
  );
}
