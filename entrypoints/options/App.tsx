import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { ConsentSetting } from '@/components/ConsentSetting';
import { LanguageSetting } from '@/components/LanguageSetting';
import { RuleThresholdSettings } from '@/components/RuleThresholdSettings';
import { SiteAccessList } from '@/components/SiteAccessList';
import { StorageSetting } from '@/components/StorageSetting';
import { useTranslate } from '@/components/use-translate';
import { database } from '@/utils/db/database';
import { refreshBoundAudits } from '@/utils/db/findings';
import { boundAudits } from '@/utils/db/journey';
import { readSetting, writeSetting } from '@/utils/db/settings';
import { withdrawCaptureConsent } from '@/utils/db/capture-consent';
import { keepStorage, storageStatus, type StorageStatus } from '@/utils/db/persistence';
import { sendCommand } from '@/utils/send-command';
import { grantedSites, revokeSite } from '@/utils/tabs/site-permissions';

/**
 * Settings: the language, the auditor's name, the agreement to what is recorded, how the browser keeps the audits,
 * and the sites Shopwalk may read.
 */
export function App() {
  const { t, locale } = useTranslate();
  const db = database();
  const settings = useLiveQuery(async () => ({
    locale: await readSetting(db, 'locale'),
    auditorName: await readSetting(db, 'auditorName'),
    ruleThresholds: await readSetting(db, 'ruleThresholds'),
    captureConsent: await readSetting(db, 'captureConsent'),
  }));
  const [withdrawn, setWithdrawn] = useState(false);
  const [sites, setSites] = useState<string[]>();
  const [problem, setProblem] = useState<string>();
  const refreshSites = useCallback(() => void grantedSites().then(setSites), []);
  useEffect(refreshSites, [refreshSites]);
  const [storage, setStorage] = useState<StorageStatus>();
  const [storageRefused, setStorageRefused] = useState(false);
  const refreshStorage = useCallback(() => void storageStatus().then(setStorage), []);
  useEffect(refreshStorage, [refreshStorage]);
  const askToKeep = () =>
    void keepStorage()
      .then((kept) => setStorageRefused(kept === false))
      .finally(refreshStorage);

  const revoke = (origin: string) => {
    setProblem(undefined);
    void revokeSite(origin)
      .then((removed) => !removed && setProblem(t('settings.revokeFailed', { site: origin })))
      .catch(() => setProblem(t('settings.revokeFailed', { site: origin })))
      .finally(refreshSites);
  };

  const setThreshold = (ruleId: string, value: number | undefined) => {
    const { [ruleId]: _, ...others } = settings?.ruleThresholds ?? {};
    const next = value === undefined ? others : { ...others, [ruleId]: value };
    // Audits being recorded are judged again at once, so the side panel shows what the new threshold finds.
    void writeSetting(db, 'ruleThresholds', next).then(() => refreshBoundAudits(db, Date.now()));
  };

  // Withdrawing stops recording now, not only the next audit: every audit recording is paused (and may not resume).
  const withdraw = () =>
    void (async () => {
      await withdrawCaptureConsent(db);
      // An audit recording is bound to its tab: the tab index finds them without reading every audit.
      const recording = (await boundAudits(db)).filter((audit) => audit.status === 'active');
      await Promise.all(recording.map((audit) => sendCommand({ type: 'audit/pause', auditId: audit.id })));
      setWithdrawn(true);
    })();

  if (!settings) return <p className="p-6 text-sm">{t('common.loading')}</p>;
  return (
    <main className="mx-auto max-w-2xl space-y-8 p-6">
      <h1 className="text-2xl font-bold">{t('settings.title')}</h1>
      <section className="space-y-4" aria-labelledby="settings-general">
        <h2 id="settings-general" className="text-lg font-semibold">
          {t('settings.general')}
        </h2>
        <LanguageSetting t={t} value={settings.locale} onChange={(choice) => void writeSetting(db, 'locale', choice)} />
        <div className="max-w-xs">
          <label className="label" htmlFor="settings-auditor">
            {t('start.auditorName')}
          </label>
          <input
            id="settings-auditor"
            key={settings.auditorName}
            className="field"
            maxLength={200}
            defaultValue={settings.auditorName}
            onBlur={(e) => void writeSetting(db, 'auditorName', e.target.value.trim())}
          />
          <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">{t('settings.auditorExplained')}</p>
        </div>
      </section>
      <ConsentSetting
        t={t}
        locale={locale}
        consent={settings.captureConsent}
        withdrawn={withdrawn}
        onWithdraw={withdraw}
      />
      <StorageSetting t={t} locale={locale} status={storage} refused={storageRefused} onAsk={askToKeep} />
      <section className="space-y-3" aria-labelledby="settings-rules">
        <h2 id="settings-rules" className="text-lg font-semibold">
          {t('settings.rules')}
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('settings.rulesExplained')}</p>
        <RuleThresholdSettings t={t} locale={locale} thresholds={settings.ruleThresholds} onChange={setThreshold} />
      </section>
      <section className="space-y-3" aria-labelledby="settings-sites">
        <h2 id="settings-sites" className="text-lg font-semibold">
          {t('settings.sites')}
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('settings.sitesExplained')}</p>
        {problem && (
          <p role="alert" className="text-sm text-red-800 dark:text-red-200">
            {problem}
          </p>
        )}
        {sites && <SiteAccessList t={t} sites={sites} onRevoke={revoke} />}
      </section>
    </main>
  );
}
