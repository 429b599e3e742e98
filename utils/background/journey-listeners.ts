import { browser, type Browser } from 'wxt/browser';
import type { ShopwalkDb } from '../db/database';
import { refreshFindingsOfTab } from '../db/findings';
import { pageReportSchema } from '../messages';
import { releaseClosedTab } from '../recording/audit-lifecycle';
import { arrivalOfLoad } from '../recording/arrival';
import { recordArrival, recordTitle, recordVisibility } from '../recording/journey-events';
import { recordMeasures } from '../recording/record-measures';
import { recordTiming } from '../recording/record-timing';
import { isSameDocument, type Arrival } from '../model/touchpoint';
import { injectRecorder } from './inject-recorder';
import { announceWindow } from './recorder-window';
import { findTab } from '../tabs/tab-page';

type Enqueue = (tabId: number, task: () => Promise<unknown>) => Promise<void>;
/** Queues work on the database for one tab, stamped with the moment the event arrived. */
type OnTab = (tabId: number, task: (db: ShopwalkDb, at: number) => Promise<unknown>) => void;

interface NavigationDetails {
  tabId: number;
  frameId: number;
  url: string;
  transitionType?: string;
  transitionQualifiers?: string[];
  documentLifecycle?: string;
}

/** Only the top frame's navigations are steps of the journey; prerendered pages are not seen by the customer. */
function isJourneyStep(d: NavigationDetails): boolean {
  return d.frameId === 0 && d.documentLifecycle !== 'prerender';
}

async function arrive(db: ShopwalkDb, d: NavigationDetails, arrival: Arrival, at: number): Promise<void> {
  const tab = await findTab(d.tabId);
  const backForward = d.transitionQualifiers?.includes('forward_back') ?? false;
  const title = tab?.url === d.url ? (tab.title ?? '') : '';
  const tp = await recordArrival(
    db,
    d.tabId,
    { url: d.url, title, visible: tab?.active ?? true, arrival, backForward },
    at,
  );
  if (!tp) return;
  if (!isSameDocument(arrival)) await injectRecorder(d.tabId, d.url);
  await announceWindow(db, d.tabId, tp);
  // A new step can make journey rules fire (a quick-back is seen only when the customer comes back).
  await refreshFindingsOfTab(db, d.tabId, at);
}

/**
 * Registers, synchronously, every browser event that records the journey of audited tabs. Each event is handled
 * after `ready` (the database and the tab bindings are checked when a worker starts) and in order per tab.
 */
export function listenToJourneys(openDb: () => Promise<ShopwalkDb>, enqueue: Enqueue): void {
  const on: OnTab = (tabId, task) => {
    const at = Date.now(); // taken when the event arrives, not when its turn in the queue comes
    void enqueue(tabId, async () => task(await openDb(), at));
  };
  browser.webNavigation.onCommitted.addListener((d) => {
    if (!isJourneyStep(d)) return;
    on(d.tabId, (db, at) => arrive(db, d, arrivalOfLoad(d.transitionType, d.transitionQualifiers), at));
  });
  browser.webNavigation.onHistoryStateUpdated.addListener((d) => {
    if (isJourneyStep(d)) on(d.tabId, (db, at) => arrive(db, d, 'history', at));
  });
  browser.webNavigation.onReferenceFragmentUpdated.addListener((d) => {
    if (isJourneyStep(d)) on(d.tabId, (db, at) => arrive(db, d, 'hash', at));
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.title !== undefined && tab.url)
      on(tabId, (db, at) => recordTitle(db, tabId, tab.url!, change.title!, at));
  });
  browser.tabs.onActivated.addListener(({ windowId }) => {
    void refreshVisibility(openDb, on, windowId);
  });
  browser.tabs.onRemoved.addListener((tabId, { isWindowClosing }) =>
    on(tabId, (db, at) => releaseClosedTab(db, tabId, isWindowClosing, at)),
  );
}

/** A tab came to the front in a window: every audited tab of that window is visible or not now. */
async function refreshVisibility(openDb: () => Promise<ShopwalkDb>, on: OnTab, windowId: number): Promise<void> {
  const bound = await (await openDb()).audits.where('tabId').aboveOrEqual(0).toArray();
  for (const audit of bound) {
    const tab = await findTab(audit.tabId!);
    if (tab?.windowId === windowId) on(tab.id!, (db, at) => recordVisibility(db, tab.id!, tab.active, at));
  }
}

/**
 * Handles a report from a content script. The tab is the sender's; the report can only add to the audit that
 * records that tab, and only from its top frame.
 */
export async function handlePageReport(
  db: ShopwalkDb,
  message: unknown,
  sender: Browser.runtime.MessageSender,
  at: number,
): Promise<void> {
  const tabId = sender.tab?.id;
  const report = pageReportSchema.safeParse(message);
  if (tabId === undefined || sender.frameId !== 0 || !report.success) return;
  const data = report.data;
  switch (data.type) {
    case 'page/visibility':
      await recordVisibility(db, tabId, data.visible, Math.min(data.at, at));
      return;
    case 'page/timing':
      if (await recordTiming(db, tabId, data.documentUrl, data.timing, at)) await refreshFindingsOfTab(db, tabId, at);
      return;
    case 'page/measure':
      if (await recordMeasures(db, tabId, data, at)) await refreshFindingsOfTab(db, tabId, at);
      return;
  }
}
