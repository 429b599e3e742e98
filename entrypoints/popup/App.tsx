import { browser } from 'wxt/browser';
import { KeptStorageFailure } from '@/components/KeptStorageFailure';
import { TabAudit } from '@/components/TabAudit';
import { useTargetTab } from '@/components/use-target-tab';
import { useTranslate } from '@/components/use-translate';
import { dashboardUrl, openPanel } from '@/utils/tabs/open-panel';

/** The toolbar popup: start and steer the audit of the current tab, and open the side panel or the dashboard. */
export function App() {
  const { t } = useTranslate();
  const tabId = useTargetTab(false);
  const openSidePanel = () => {
    if (tabId === undefined) return;
    void openPanel(tabId).then(
      () => window.close(),
      (e: unknown) => console.warn('Shopwalk: could not open the panel', e), // the popup stays; its controls still work
    );
  };
  const openDashboard = () => void browser.tabs.create({ url: dashboardUrl() });
  return (
    <main className="space-y-4 p-4">
      <h1 className="text-lg font-bold">Shopwalk</h1>
      <KeptStorageFailure t={t} />
      {tabId === undefined ? (
        <p className="text-sm">{t('common.loading')}</p>
      ) : (
        <TabAudit tabId={tabId} journey={false} />
      )}
      <nav className="flex flex-wrap gap-2 border-t border-slate-200 pt-3 dark:border-slate-700">
        <button type="button" className="btn" onClick={openSidePanel}>
          {t('nav.sidePanel')}
        </button>
        <button type="button" className="btn" onClick={openDashboard}>
          {t('nav.dashboard')}
        </button>
        <button type="button" className="btn" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('nav.settings')}
        </button>
      </nav>
    </main>
  );
}
