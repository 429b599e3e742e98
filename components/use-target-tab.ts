import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { targetTabId } from '@/utils/tabs/target-tab';

/**
 * The tab this page serves. A page named to a tab (`?tab=`) keeps it; otherwise, with `follow`, the page moves
 * along with the active tab of its window, as the side panel does.
 */
export function useTargetTab(follow: boolean): number | undefined {
  const [tabId, setTabId] = useState<number | undefined>();
  useEffect(() => {
    void targetTabId(location.search).then(setTabId);
    if (!follow || new URLSearchParams(location.search).has('tab')) return;
    let windowId: number | undefined;
    void browser.windows.getCurrent().then((w) => (windowId = w.id));
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [follow]);
  return tabId;
}
