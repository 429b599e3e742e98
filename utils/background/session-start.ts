import { browser } from 'wxt/browser';
import type { ShopwalkDb } from '../db/database';
import { reconcileTabs, type TabLookup } from '../recording/reconcile-tabs';
import { injectRecorder } from './inject-recorder';
import { announceCurrentWindow } from './recorder-window';
import { findTab } from '../tabs/tab-page';

const SESSION_MARK = 'shopwalk.sessionChecked';

const tabLookup: TabLookup = {
  tab: async (tabId) => {
    const tab = await findTab(tabId);
    return tab && { ...(tab.url ? { url: tab.url } : {}) };
  },
  tabShowing: async (url) => {
    const tabs = await browser.tabs.query({});
    return tabs.find((t) => t.url === url)?.id;
  },
};

/**
 * Once per browser session: `storage.session` is empty after a browser restart and after an extension update,
 * which are exactly the moments when the tab ids stored with running audits may no longer mean the same tabs.
 * A worker restarted by Chrome within a session finds the mark and skips this.
 */
export async function checkTabsOncePerSession(db: ShopwalkDb): Promise<void> {
  const mark = await browser.storage.session.get(SESSION_MARK);
  if (mark[SESSION_MARK]) return;
  await reconcileTabs(db, tabLookup, Date.now());
  await restartRecorders(db);
  await browser.storage.session.set({ [SESSION_MARK]: true });
}

/**
 * Puts a fresh recorder into every tab an audit records, and tells it which touchpoint it measures: after an update
 * the old recorders are cut off from the extension (their context is invalid) and the page stays as it was, so
 * without being told the new one would measure nothing until the next page or route.
 */
async function restartRecorders(db: ShopwalkDb): Promise<void> {
  const bound = await db.audits.where('tabId').aboveOrEqual(0).toArray();
  for (const audit of bound) {
    const tab = audit.status === 'active' ? await findTab(audit.tabId!) : undefined;
    if (tab?.url && (await injectRecorder(tab.id!, tab.url))) await announceCurrentWindow(db, tab.id!, audit.id);
  }
}
