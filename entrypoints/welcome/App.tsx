import { useMemo } from 'react';
import { ConsentAgreement } from '@/components/ConsentAgreement';
import { useCaptureConsent } from '@/components/use-capture-consent';
import { database } from '@/utils/db/database';
import { giveCaptureConsent } from '@/utils/db/capture-consent';
import { keepStorage } from '@/utils/db/persistence';
import { TouchpointList } from '@/components/TouchpointList';
import { useTranslate } from '@/components/use-translate';
import { sampleAudit, sampleJourney } from '@/utils/export/sample-audits';
import { formatDuration } from '@/utils/format/duration';
import { dashboardUrl } from '@/utils/tabs/open-panel';
import { browser } from 'wxt/browser';

const STEPS = ['welcome.step1', 'welcome.step2', 'welcome.step3', 'welcome.step4'] as const;

/**
 * The first-run page: how an audit works in a minute, what is recorded, the user's agreement to it (asked before
 * the first audit), and a sample audit to look at.
 */
export function App() {
  const { t, locale } = useTranslate();
  const consent = useCaptureConsent();
  const sample = useMemo(() => {
    const audit = sampleAudit();
    return { audit, touchpoints: sampleJourney(audit) };
  }, []);
  const { audit, touchpoints } = sample;
  return (
    <main className="mx-auto max-w-3xl space-y-8 p-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t('welcome.title')}</h1>
        <p className="text-lg">{t('welcome.lead')}</p>
      </header>
      <section aria-labelledby="welcome-how" className="space-y-3">
        <h2 id="welcome-how" className="text-xl font-semibold">
          {t('welcome.how')}
        </h2>
        <ol className="list-decimal space-y-2 pl-6">
          {STEPS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="welcome-privacy" className="space-y-2">
        <h2 id="welcome-privacy" className="text-xl font-semibold">
          {t('welcome.privacy')}
        </h2>
        <p>{t('welcome.recorded')}</p>
        <p>{t('welcome.neverRecorded')}</p>
      </section>
      {consent !== undefined && (
        <ConsentAgreement
          t={t}
          locale={locale}
          consent={consent}
          // Agreeing is the moment before anything is recorded: ask the browser to keep what will be (persist()).
          onAgree={() => void giveCaptureConsent(database(), Date.now()).then(() => keepStorage())}
        />
      )}
      <section aria-labelledby="welcome-sample" className="space-y-3">
        <h2 id="welcome-sample" className="text-xl font-semibold">
          {t('welcome.sample')}
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {t('welcome.sampleAbout', {
            shop: audit.shopName,
            scenario: audit.scenario,
            time: formatDuration(audit.finishedAt! - audit.startedAt, locale),
          })}
        </p>
        <TouchpointList t={t} locale={locale} audit={audit} touchpoints={touchpoints} now={audit.finishedAt!} />
      </section>
      <nav className="flex flex-wrap gap-2 border-t border-slate-200 pt-4 dark:border-slate-700">
        <a className="btn btn-primary" href={dashboardUrl()}>
          {t('nav.dashboard')}
        </a>
        <a className="btn" href={browser.runtime.getURL('/options.html')}>
          {t('nav.settings')}
        </a>
      </nav>
    </main>
  );
}
