import { KeptStorageFailure } from '@/components/KeptStorageFailure';
import { TabAudit } from '@/components/TabAudit';
import { useTargetTab } from '@/components/use-target-tab';
import { useTranslate } from '@/components/use-translate';
import { dashboardUrl } from '@/utils/tabs/open-panel';

/** The auditor's companion during the walk: the audit of the tab in front, with its journey as it grows. */
export function App() {
  const { t } = useTranslate();
  const tabId = useTargetTab(true);
  return (
    <main className="space-y-4 p-4">
      <header className="flex items-center justify-between">
        <h1 className="text-lg font-bold">Shopwalk</h1>
        <a className="text-sm underline" href={dashboardUrl()} target="_blank" rel="noreferrer">
          {t('nav.dashboard')}
        </a>
      </header>
      <KeptStorageFailure t={t} />
      {tabId === undefined ? (
        <p className="text-sm">{t('common.loading')}</p>
      ) : (
        <TabAudit key={tabId} tabId={tabId} journey />
      )}
    </main>
  );
}
