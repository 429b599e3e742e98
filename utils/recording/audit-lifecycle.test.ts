import { describe, expect, it } from 'vitest';
import { auditOfTab, countTouchpoints, openTouchpoint, touchpointsOf } from '../db/journey';
import { auditSchema } from '../model/audit';
import { finishAudit, pauseAudit, releaseClosedTab, resumeAudit, startAudit } from './audit-lifecycle';
import { recordArrival } from './journey-events';
import { arrived, auditStart, page, SHOP, startedAudit, storedRecord, T0, withTestDatabase } from './test-fixtures';

const TAB = 7;
const OTHER_TAB = 8;
const db = withTestDatabase();

describe('startAudit', () => {
  it('starts an active audit bound to the tab, trimmed and valid', async () => {
    const started = await startAudit(
      db(),
      auditStart(TAB, page('https://www.regenwald.example/de/?ref=x'), {
        shopName: ' Regenwald ',
        scenario: ' Guest checkout ',
        auditorName: ' Ada ',
      }),
      T0,
    );
    expect(started.ok).toBe(true);
    const audit = started.ok ? started.value : undefined;
    expect(audit).toMatchObject({
      shopName: 'Regenwald',
      scenario: 'Guest checkout',
      auditorName: 'Ada',
      startUrl: 'https://www.regenwald.example/de/?ref=x',
      origin: 'https://www.regenwald.example',
      status: 'active',
      startedAt: T0,
      updatedAt: T0,
      notes: '',
      tabId: TAB,
    });
    expect(audit && 'pauseReason' in audit).toBe(false);
    expect(auditSchema.safeParse(audit).success).toBe(true);
    expect(await db().audits.get(audit!.id)).toEqual(audit);
    expect(await auditOfTab(db(), TAB)).toEqual(audit);
  });

  it('records the page the tab shows as the first touchpoint', async () => {
    const audit = await startedAudit(db(), TAB, page(SHOP, { title: 'Home' }));
    const journey = await touchpointsOf(db(), audit.id);
    expect(journey).toHaveLength(1);
    expect(journey[0]).toMatchObject({
      seq: 0,
      url: SHOP,
      title: 'Home',
      arrival: 'start',
      backForward: false,
      enteredAt: T0,
      visibleSince: T0,
    });
    expect(journey[0]?.leftAt).toBeUndefined();
  });

  it('starts the first touchpoint without visible time in a tab behind others', async () => {
    const audit = await startedAudit(db(), TAB, page(SHOP, { visible: false }));
    const first = await openTouchpoint(db(), audit.id);
    expect(first && 'visibleSince' in first).toBe(false);
  });

  it('names the shop after the host, without www., when no name is given', async () => {
    const started = await startAudit(
      db(),
      auditStart(TAB, page('https://www.regenwald.example/'), { shopName: '   ' }),
      T0,
    );
    expect(started.ok && started.value.shopName).toBe('regenwald.example');
  });

  it('refuses a browser page with the reason, and writes nothing', async () => {
    expect(await startAudit(db(), auditStart(TAB, page('chrome://settings/')), T0)).toEqual({
      ok: false,
      error: 'browser-page',
    });
    expect(await db().audits.count()).toBe(0);
    expect(await db().touchpoints.count()).toBe(0);
    expect(await auditOfTab(db(), TAB)).toBeUndefined();
  });

  it('refuses an extension store page with the reason', async () => {
    const started = await startAudit(db(), auditStart(TAB, page('https://chromewebstore.google.com/detail/abc')), T0);
    expect(started).toEqual({ ok: false, error: 'extension-store' });
  });

  it('refuses a second audit in a tab that records one', async () => {
    const first = await startedAudit(db(), TAB);
    expect(await startAudit(db(), auditStart(TAB, page('https://other.example/')), T0 + 1_000)).toEqual({
      ok: false,
      error: 'tab-busy',
    });
    expect(await db().audits.count()).toBe(1);
    expect(await db().touchpoints.count()).toBe(1);
    expect((await auditOfTab(db(), TAB))?.id).toBe(first.id);
  });

  it('refuses a second audit in a tab whose audit the auditor paused', async () => {
    const first = await startedAudit(db(), TAB);
    await pauseAudit(db(), first.id, 'auditor', T0 + 500);
    expect(await startAudit(db(), auditStart(TAB), T0 + 1_000)).toEqual({ ok: false, error: 'tab-busy' });
  });

  it('starts audits in two tabs side by side', async () => {
    const a = await startedAudit(db(), TAB);
    const b = await startedAudit(db(), OTHER_TAB, page('https://other.example/'));
    expect((await auditOfTab(db(), TAB))?.id).toBe(a.id);
    expect((await auditOfTab(db(), OTHER_TAB))?.id).toBe(b.id);
  });

  it('starts a new audit in a tab whose audit was finished', async () => {
    const first = await startedAudit(db(), TAB);
    await finishAudit(db(), first.id, T0 + 1_000);
    const second = await startAudit(db(), auditStart(TAB), T0 + 2_000);
    expect(second.ok).toBe(true);
    expect((await auditOfTab(db(), TAB))?.id).toBe(second.ok && second.value.id);
  });
});

describe('pauseAudit', () => {
  it('closes the open touchpoint and settles its visible time', async () => {
    const audit = await startedAudit(db(), TAB);
    await pauseAudit(db(), audit.id, 'auditor', T0 + 4_000);
    const [first] = await touchpointsOf(db(), audit.id);
    expect(first).toMatchObject({ leftAt: T0 + 4_000, visibleMs: 4_000 });
    const stored = await storedRecord(db(), 'touchpoints', first!.id);
    expect(stored && Object.hasOwn(stored, 'visibleSince')).toBe(false);
    expect(await openTouchpoint(db(), audit.id)).toBeUndefined();
  });

  it('keeps the tab of an audit the auditor paused', async () => {
    const audit = await startedAudit(db(), TAB);
    const paused = await pauseAudit(db(), audit.id, 'auditor', T0 + 1_000);
    expect(paused.ok && paused.value).toMatchObject({
      status: 'paused',
      pauseReason: 'auditor',
      tabId: TAB,
      updatedAt: T0 + 1_000,
    });
    expect(await auditOfTab(db(), TAB)).toMatchObject({ id: audit.id, status: 'paused' });
  });

  it.each(['tab-closed', 'browser-closed'] as const)(
    'frees the tab of an audit paused because of %s',
    async (reason) => {
      const audit = await startedAudit(db(), TAB);
      const paused = await pauseAudit(db(), audit.id, reason, T0 + 1_000);
      expect(paused.ok && paused.value).toMatchObject({ status: 'paused', pauseReason: reason });
      expect(paused.ok && 'tabId' in paused.value).toBe(false);
      expect(await auditOfTab(db(), TAB)).toBeUndefined();
      const stored = await storedRecord(db(), 'audits', audit.id);
      expect(stored && Object.hasOwn(stored, 'tabId')).toBe(false);
    },
  );

  it('refuses to pause a paused audit and changes nothing', async () => {
    const audit = await startedAudit(db(), TAB);
    await pauseAudit(db(), audit.id, 'auditor', T0 + 1_000);
    expect(await pauseAudit(db(), audit.id, 'tab-closed', T0 + 2_000)).toEqual({ ok: false, error: 'not-active' });
    expect(await db().audits.get(audit.id)).toMatchObject({
      pauseReason: 'auditor',
      tabId: TAB,
      updatedAt: T0 + 1_000,
    });
  });

  it('refuses to pause a finished audit', async () => {
    const audit = await startedAudit(db(), TAB);
    await finishAudit(db(), audit.id, T0 + 1_000);
    expect(await pauseAudit(db(), audit.id, 'auditor', T0 + 2_000)).toEqual({ ok: false, error: 'not-active' });
  });

  it('refuses to pause an audit that does not exist', async () => {
    expect(await pauseAudit(db(), 'no-such-audit', 'auditor', T0)).toEqual({ ok: false, error: 'not-found' });
  });
});

describe('resumeAudit', () => {
  it('records again in the same tab, from the page it shows now', async () => {
    const audit = await startedAudit(db(), TAB);
    await recordArrival(db(), TAB, arrived('https://shop.example/cart'), T0 + 1_000);
    await pauseAudit(db(), audit.id, 'auditor', T0 + 2_000);
    const resumed = await resumeAudit(
      db(),
      audit.id,
      TAB,
      page('https://shop.example/cart', { title: 'Cart' }),
      T0 + 60_000,
    );
    expect(resumed.ok && resumed.value).toMatchObject({ status: 'active', tabId: TAB, updatedAt: T0 + 60_000 });
    expect(resumed.ok && 'pauseReason' in resumed.value).toBe(false);
    expect(await db().audits.get(audit.id)).toEqual(resumed.ok && resumed.value);
    const open = await openTouchpoint(db(), audit.id);
    expect(open).toMatchObject({
      seq: 2,
      url: 'https://shop.example/cart',
      title: 'Cart',
      arrival: 'resume',
      enteredAt: T0 + 60_000,
      visibleMs: 0,
      visibleSince: T0 + 60_000,
    });
  });

  it('counts no visible time while the audit was paused', async () => {
    const audit = await startedAudit(db(), TAB);
    await pauseAudit(db(), audit.id, 'auditor', T0 + 1_000);
    await resumeAudit(db(), audit.id, TAB, page(), T0 + 60_000);
    await finishAudit(db(), audit.id, T0 + 61_000);
    const journey = await touchpointsOf(db(), audit.id);
    expect(journey.map((tp) => tp.visibleMs)).toEqual([1_000, 1_000]);
  });

  it('moves an audit the auditor paused to another tab', async () => {
    const audit = await startedAudit(db(), TAB);
    await pauseAudit(db(), audit.id, 'auditor', T0 + 1_000);
    const resumed = await resumeAudit(db(), audit.id, OTHER_TAB, page(), T0 + 2_000);
    expect(resumed.ok && resumed.value.tabId).toBe(OTHER_TAB);
    expect((await auditOfTab(db(), OTHER_TAB))?.id).toBe(audit.id);
    expect(await auditOfTab(db(), TAB)).toBeUndefined();
  });

  it('resumes an audit whose tab was closed in another tab, where arrivals are recorded again', async () => {
    const audit = await startedAudit(db(), TAB);
    await releaseClosedTab(db(), TAB, false, T0 + 1_000);
    await resumeAudit(db(), audit.id, OTHER_TAB, page(), T0 + 2_000);
    const tp = await recordArrival(db(), OTHER_TAB, arrived('https://shop.example/cart'), T0 + 3_000);
    expect(tp).toMatchObject({ seq: 2, auditId: audit.id });
    expect(await recordArrival(db(), TAB, arrived('https://shop.example/other'), T0 + 3_000)).toBeUndefined();
  });

  it('refuses a tab that records another audit, and leaves both as they were', async () => {
    const paused = await startedAudit(db(), TAB);
    await pauseAudit(db(), paused.id, 'tab-closed', T0 + 1_000);
    const busy = await startedAudit(db(), OTHER_TAB, page('https://other.example/'), T0 + 1_500);
    expect(await resumeAudit(db(), paused.id, OTHER_TAB, page(), T0 + 2_000)).toEqual({ ok: false, error: 'tab-busy' });
    expect(await db().audits.get(paused.id)).toMatchObject({ status: 'paused', pauseReason: 'tab-closed' });
    expect(await countTouchpoints(db(), paused.id)).toBe(1);
    expect((await auditOfTab(db(), OTHER_TAB))?.id).toBe(busy.id);
  });

  it('refuses a page that cannot be audited, with the reason', async () => {
    const audit = await startedAudit(db(), TAB);
    await pauseAudit(db(), audit.id, 'auditor', T0 + 1_000);
    expect(await resumeAudit(db(), audit.id, TAB, page('chrome://newtab/'), T0 + 2_000)).toEqual({
      ok: false,
      error: 'browser-page',
    });
    expect(await db().audits.get(audit.id)).toMatchObject({ status: 'paused' });
    expect(await countTouchpoints(db(), audit.id)).toBe(1);
  });

  it('refuses to resume an active audit', async () => {
    const audit = await startedAudit(db(), TAB);
    expect(await resumeAudit(db(), audit.id, TAB, page(), T0 + 1_000)).toEqual({ ok: false, error: 'not-paused' });
    expect(await countTouchpoints(db(), audit.id)).toBe(1);
  });

  it('refuses to resume a finished audit', async () => {
    const audit = await startedAudit(db(), TAB);
    await finishAudit(db(), audit.id, T0 + 1_000);
    expect(await resumeAudit(db(), audit.id, TAB, page(), T0 + 2_000)).toEqual({ ok: false, error: 'not-paused' });
  });

  it('refuses to resume an audit that does not exist', async () => {
    expect(await resumeAudit(db(), 'no-such-audit', TAB, page(), T0)).toEqual({ ok: false, error: 'not-found' });
  });
});

describe('finishAudit', () => {
  it('closes the open touchpoint and frees the tab', async () => {
    const audit = await startedAudit(db(), TAB);
    const finished = await finishAudit(db(), audit.id, T0 + 5_000);
    expect(finished.ok && finished.value).toMatchObject({
      status: 'finished',
      finishedAt: T0 + 5_000,
      updatedAt: T0 + 5_000,
    });
    expect(finished.ok && 'tabId' in finished.value).toBe(false);
    expect(auditSchema.safeParse(finished.ok && finished.value).success).toBe(true);
    expect(await openTouchpoint(db(), audit.id)).toBeUndefined();
    expect((await touchpointsOf(db(), audit.id))[0]).toMatchObject({ leftAt: T0 + 5_000, visibleMs: 5_000 });
    expect(await auditOfTab(db(), TAB)).toBeUndefined();
  });

  it('finishes a paused audit without moving the time its last touchpoint was left', async () => {
    const audit = await startedAudit(db(), TAB);
    await pauseAudit(db(), audit.id, 'auditor', T0 + 1_000);
    const finished = await finishAudit(db(), audit.id, T0 + 9_000);
    expect(finished.ok && 'pauseReason' in finished.value).toBe(false);
    expect(await db().audits.get(audit.id)).toMatchObject({ status: 'finished', finishedAt: T0 + 9_000 });
    expect((await touchpointsOf(db(), audit.id))[0]).toMatchObject({ leftAt: T0 + 1_000, visibleMs: 1_000 });
    expect(await auditOfTab(db(), TAB)).toBeUndefined();
  });

  it('refuses to finish an audit twice', async () => {
    const audit = await startedAudit(db(), TAB);
    await finishAudit(db(), audit.id, T0 + 1_000);
    expect(await finishAudit(db(), audit.id, T0 + 2_000)).toEqual({ ok: false, error: 'finished' });
    expect((await db().audits.get(audit.id))?.finishedAt).toBe(T0 + 1_000);
  });

  it('refuses to finish an audit that does not exist', async () => {
    expect(await finishAudit(db(), 'no-such-audit', T0)).toEqual({ ok: false, error: 'not-found' });
  });
});

describe('releaseClosedTab', () => {
  it('pauses the audit recording the closed tab and frees the tab', async () => {
    const audit = await startedAudit(db(), TAB);
    await releaseClosedTab(db(), TAB, false, T0 + 3_000);
    const stored = await db().audits.get(audit.id);
    expect(stored).toMatchObject({ status: 'paused', pauseReason: 'tab-closed', updatedAt: T0 + 3_000 });
    expect(stored && 'tabId' in stored).toBe(false);
    expect(await auditOfTab(db(), TAB)).toBeUndefined();
    expect((await touchpointsOf(db(), audit.id))[0]).toMatchObject({ leftAt: T0 + 3_000, visibleMs: 3_000 });
  });

  it('pauses with browser-closed when the tab went with its window', async () => {
    const audit = await startedAudit(db(), TAB);
    await releaseClosedTab(db(), TAB, true, T0 + 3_000);
    expect(await db().audits.get(audit.id)).toMatchObject({
      status: 'paused',
      pauseReason: 'browser-closed',
      updatedAt: T0 + 3_000,
    });
    expect(await auditOfTab(db(), TAB)).toBeUndefined();
    expect((await touchpointsOf(db(), audit.id))[0]).toMatchObject({ leftAt: T0 + 3_000, visibleMs: 3_000 });
  });

  it('frees the tab of an audit the auditor had paused in it', async () => {
    const audit = await startedAudit(db(), TAB);
    await pauseAudit(db(), audit.id, 'auditor', T0 + 1_000);
    await releaseClosedTab(db(), TAB, false, T0 + 3_000);
    const stored = await storedRecord(db(), 'audits', audit.id);
    expect(stored).toMatchObject({ status: 'paused', pauseReason: 'tab-closed', updatedAt: T0 + 3_000 });
    expect(stored && Object.hasOwn(stored, 'tabId')).toBe(false);
    expect(await auditOfTab(db(), TAB)).toBeUndefined();
    expect((await touchpointsOf(db(), audit.id))[0]).toMatchObject({ leftAt: T0 + 1_000 });
  });

  it('frees the tab of an audit the auditor had paused in a window that closed', async () => {
    const audit = await startedAudit(db(), TAB);
    await pauseAudit(db(), audit.id, 'auditor', T0 + 1_000);
    await releaseClosedTab(db(), TAB, true, T0 + 3_000);
    expect(await db().audits.get(audit.id)).toMatchObject({ status: 'paused', pauseReason: 'browser-closed' });
    expect(await auditOfTab(db(), TAB)).toBeUndefined();
  });

  it('changes nothing when the closed tab had no audit', async () => {
    const audit = await startedAudit(db(), TAB);
    await releaseClosedTab(db(), OTHER_TAB, false, T0 + 3_000);
    expect(await db().audits.get(audit.id)).toEqual(audit);
    expect(await openTouchpoint(db(), audit.id)).toMatchObject({ seq: 0 });
  });

  it('lets the closed tab id start a new audit', async () => {
    await startedAudit(db(), TAB);
    await releaseClosedTab(db(), TAB, false, T0 + 1_000);
    expect((await startAudit(db(), auditStart(TAB), T0 + 2_000)).ok).toBe(true);
  });
});
