import type { ShopwalkDb } from '../db/database';
import { auditOfTab, nextSeq, openTouchpoint } from '../db/journey';
import type { Audit, DeviceProfile, PauseReason } from '../model/audit';
import { sealAudit } from '../evidence/seal-audit';
import { newId } from '../model/id';
import { classifyPage, type PageRefusal } from '../pages/page-access';
import { guessShopName } from '../pages/shop-name';
import { err, ok, type Result } from '../result';
import { clipUrl } from './clip';
import { newTouchpoint } from './new-touchpoint';
import type { PageState } from './page-state';
import { abandonOpenTask } from './task-lifecycle';
import { closing } from './touchpoint-time';

export interface AuditStart {
  tabId: number;
  page: PageState;
  shopName: string;
  scenario: string;
  auditorName: string;
  device: DeviceProfile;
  templateId?: string;
}

/** Why a change to an audit's recording was refused; each has a message for the user (`lifecycle.<error>`). */
export type LifecycleError = 'tab-busy' | 'not-found' | 'not-active' | 'not-paused' | 'finished' | PageRefusal;

/** Starts an audit in a tab, with the page it shows as its first touchpoint. One tab records at most one audit. */
export function startAudit(db: ShopwalkDb, start: AuditStart, at: number): Promise<Result<Audit, LifecycleError>> {
  const access = classifyPage(start.page.url);
  if (!access.ok) return Promise.resolve(err(access.reason));
  return db.transaction('rw', db.audits, db.touchpoints, async () => {
    if (await auditOfTab(db, start.tabId)) return err('tab-busy' as const);
    const audit: Audit = {
      id: newId(),
      shopName: start.shopName.trim() || guessShopName('', start.page.url),
      startUrl: clipUrl(start.page.url),
      origin: access.origin,
      scenario: start.scenario.trim(),
      auditorName: start.auditorName.trim(),
      status: 'active',
      device: start.device,
      startedAt: at,
      updatedAt: at,
      notes: '',
      tabId: start.tabId,
      ...(start.templateId && { templateId: start.templateId }),
    };
    await db.audits.add(audit);
    await db.touchpoints.add(newTouchpoint(audit.id, 0, { ...start.page, arrival: 'start', backForward: false }, at));
    return ok(audit);
  });
}

async function closeOpenTouchpoint(db: ShopwalkDb, auditId: string, at: number): Promise<void> {
  const open = await openTouchpoint(db, auditId);
  if (open) await db.touchpoints.update(open.id, closing(open, at));
}

const KEEPS_TAB: ReadonlySet<PauseReason> = new Set(['auditor', 'storage-full']);

/** Stops recording for now. A tab or browser that went away also releases the tab, which may then start anew. */
export function pauseAudit(
  db: ShopwalkDb,
  auditId: string,
  reason: PauseReason,
  at: number,
): Promise<Result<Audit, LifecycleError>> {
  return db.transaction('rw', db.audits, db.touchpoints, async () => {
    const audit = await db.audits.get(auditId);
    if (!audit) return err('not-found' as const);
    if (audit.status !== 'active') return err('not-active' as const);
    await closeOpenTouchpoint(db, auditId, at);
    const paused: Audit = { ...audit, status: 'paused', pauseReason: reason, updatedAt: at };
    // The tab stays bound where it is still there to resume in: the side panel shows the audit, and why it waits.
    if (!KEEPS_TAB.has(reason)) delete paused.tabId;
    await db.audits.put(paused);
    return ok(paused);
  });
}

/** Records again, in `tabId` (the tab it paused in, or another), from the page that tab shows now. */
export function resumeAudit(
  db: ShopwalkDb,
  auditId: string,
  tabId: number,
  page: PageState,
  at: number,
): Promise<Result<Audit, LifecycleError>> {
  const access = classifyPage(page.url);
  if (!access.ok) return Promise.resolve(err(access.reason));
  return db.transaction('rw', db.audits, db.touchpoints, async () => {
    const audit = await db.audits.get(auditId);
    if (!audit) return err('not-found' as const);
    if (audit.status !== 'paused') return err('not-paused' as const);
    const inTab = await auditOfTab(db, tabId);
    if (inTab && inTab.id !== auditId) return err('tab-busy' as const);
    await db.touchpoints.add(
      newTouchpoint(auditId, await nextSeq(db, auditId), { ...page, arrival: 'resume', backForward: false }, at),
    );
    const { pauseReason: _, ...rest } = audit;
    const resumed: Audit = { ...rest, status: 'active', tabId, updatedAt: at };
    await db.audits.put(resumed);
    return ok(resumed);
  });
}

/**
 * Ends the walk: the last touchpoint is left now, a running task ends with it, the tab is free again, and the
 * audit's evidence is sealed (docs/evidence-chain.md) once the finish is stored.
 */
export async function finishAudit(db: ShopwalkDb, auditId: string, at: number): Promise<Result<Audit, LifecycleError>> {
  const finished = await endWalk(db, auditId, at);
  if (!finished.ok) return finished;
  try {
    return ok((await sealAudit(db, auditId, at)) ?? finished.value);
  } catch (error) {
    // The walk is finished and stored either way; an audit without a seal says so where it is shown.
    console.error('Shopwalk: could not seal the finished audit', error);
    return finished;
  }
}

function endWalk(db: ShopwalkDb, auditId: string, at: number): Promise<Result<Audit, LifecycleError>> {
  return db.transaction('rw', db.audits, db.touchpoints, db.tasks, async () => {
    const audit = await db.audits.get(auditId);
    if (!audit) return err('not-found' as const);
    if (audit.status === 'finished') return err('finished' as const);
    await closeOpenTouchpoint(db, auditId, at);
    await abandonOpenTask(db, auditId, at);
    const { tabId: _, pauseReason: __, ...rest } = audit;
    const finished: Audit = { ...rest, status: 'finished', finishedAt: at, updatedAt: at };
    await db.audits.put(finished);
    return ok(finished);
  });
}

/**
 * The audited tab was closed: the audit waits, paused, to be resumed in another tab. `windowClosing` says the tab
 * went with its window, as when the browser quits.
 */
export async function releaseClosedTab(
  db: ShopwalkDb,
  tabId: number,
  windowClosing: boolean,
  at: number,
): Promise<void> {
  const audit = await auditOfTab(db, tabId);
  if (!audit) return;
  const reason: PauseReason = windowClosing ? 'browser-closed' : 'tab-closed';
  if (audit.status === 'active') await pauseAudit(db, audit.id, reason, at);
  else await db.audits.update(audit.id, { tabId: undefined, pauseReason: reason, updatedAt: at });
}
