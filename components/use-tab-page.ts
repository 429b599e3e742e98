import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { PageState } from '@/utils/recording/page-state';
import { findTab, pageOfTab } from '@/utils/tabs/tab-page';

/** The page a tab shows, kept current as the tab navigates; undefined while loading or once the tab is closed. */
export function useTabPage(tabId: number | undefined): PageState | undefined {
  const [page, setPage] = useState<PageState | undefined>();
  useEffect(() => {
    if (tabId === undefined) return;
    let live = true;
    const refresh = () =>
      void findTab(tabId)
        .then((tab) => (tab ? pageOfTab(tab) : undefined))
        .then((p) => live && setPage(p));
    const onUpdated = (id: number) => id === tabId && refresh();
    refresh();
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);
  return page;
}
