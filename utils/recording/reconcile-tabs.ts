import type { ShopwalkDb } from '../db/database';
import { auditOfTab, lastTouchpoint } from '../db/journey';
import type { Audit } from '../model/audit';
import { pauseAudit, resumeAudit } from './audit-lifecycle';

export interface TabLookup {
  /** Whether a tab with this id exists, and the URL it shows when the extension may read it. */
  tab(tabId: number): Promise<{ url?: string } | undefined>;
  /** A tab showing exactly `url`, if there is one. */
  tabShowing(url: string): Promise<number | undefined>;
}

/**
 * Run when a new browser session (or a new version of the extension) starts. Tab ids begin anew after a browser
 * restart, so an audit bound to a tab id is kept only if that tab still shows the audit's page; otherwise it is
 * paused where it was last seen (`updatedAt`) and resumed in a tab that shows its page again (session restore).
 * Returns the ids of the audits that were paused and not resumed: their auditor has to resume them by hand.
 */
export async function reconcileTabs(db: ShopwalkDb, tabs: TabLookup, at: number): Promise<string[]> {
  const bound = await db.audits.where('tabId').aboveOrEqual(0).toArray();
  const moved: Audit[] = [];
  for (const audit of bound) {
    const last = await lastTouchpoint(db, audit.id);
    const tab = await tabs.tab(audit.tabId!);
    if (tab && (tab.url === undefined || tab.url === last?.url)) continue;
    if (audit.status === 'active') {
      await pauseAudit(db, audit.id, 'browser-closed', Math.max(audit.updatedAt, last?.enteredAt ?? 0));
      moved.push(audit);
    } else {
      await db.audits.update(audit.id, { tabId: undefined, pauseReason: 'browser-closed' });
    }
  }
  const waiting: string[] = [];
  for (const audit of moved) {
    const last = await lastTouchpoint(db, audit.id);
    const tabId = last && (await tabs.tabShowing(last.url));
    const free = tabId !== undefined && !(await auditOfTab(db, tabId));
    const resumed =
      free && last
        ? await resumeAudit(db, audit.id, tabId, { url: last.url, title: last.title, visible: true }, at)
        : undefined;
    if (!resumed?.ok) waiting.push(audit.id);
  }
  return waiting;
}
