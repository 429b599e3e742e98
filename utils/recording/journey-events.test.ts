import { describe, expect, it } from 'vitest';
import { countTouchpoints, openTouchpoint, touchpointsOf } from '../db/journey';
import { finishAudit, pauseAudit } from './audit-lifecycle';
import { recordArrival, recordTitle, recordVisibility } from './journey-events';
import { arrived, page, SHOP, startedAudit, storedRecord, T0, withTestDatabase } from './test-fixtures';

const TAB = 7;
const db = withTestDatabase();

describe('recordArrival', () => {
  it('closes the step before and opens the next one', async () => {
    const audit = await startedAudit(db(), TAB);
    const tp = await recordArrival(db(), TAB, arrived('https://shop.example/jackets'), T0 + 1_000);
    expect(tp).toMatchObject({
      auditId: audit.id,
      seq: 1,
      url: 'https://shop.example/jackets',
      arrival: 'load',
      enteredAt: T0 + 1_000,
    });
    const [first, second] = await touchpointsOf(db(), audit.id);
    expect(first).toMatchObject({ seq: 0, leftAt: T0 + 1_000, visibleMs: 1_000 });
    expect(first && 'visibleSince' in first).toBe(false);
    expect(second).toEqual(tp);
    expect(await openTouchpoint(db(), audit.id)).toEqual(tp);
  });

  it('numbers the steps in the order they were recorded', async () => {
    const audit = await startedAudit(db(), TAB);
    for (const [i, path] of ['jackets', 'jackets/rain', 'cart'].entries()) {
      await recordArrival(db(), TAB, arrived(`https://shop.example/${path}`), T0 + (i + 1) * 1_000);
    }
    const journey = await touchpointsOf(db(), audit.id);
    expect(journey.map((tp) => [tp.seq, tp.url])).toEqual([
      [0, SHOP],
      [1, 'https://shop.example/jackets'],
      [2, 'https://shop.example/jackets/rain'],
      [3, 'https://shop.example/cart'],
    ]);
    expect(journey.map((tp) => tp.leftAt)).toEqual([T0 + 1_000, T0 + 2_000, T0 + 3_000, undefined]);
  });

  it('records nothing for a replaceState to the URL already shown', async () => {
    const audit = await startedAudit(db(), TAB);
    expect(await recordArrival(db(), TAB, arrived(SHOP, 'history'), T0 + 1_000)).toBeUndefined();
    expect(await countTouchpoints(db(), audit.id)).toBe(1);
    expect((await openTouchpoint(db(), audit.id))?.seq).toBe(0);
    expect((await db().audits.get(audit.id))?.updatedAt).toBe(T0);
  });

  it('records a reload of the same URL as a new step', async () => {
    const audit = await startedAudit(db(), TAB);
    const tp = await recordArrival(db(), TAB, arrived(SHOP, 'reload'), T0 + 1_000);
    expect(tp).toMatchObject({ seq: 1, url: SHOP, arrival: 'reload' });
    expect(await countTouchpoints(db(), audit.id)).toBe(2);
  });

  it('records a single-page-app route change to another URL', async () => {
    const audit = await startedAudit(db(), TAB);
    const tp = await recordArrival(db(), TAB, arrived('https://shop.example/#/cart', 'history'), T0 + 1_000);
    expect(tp).toMatchObject({ seq: 1, arrival: 'history' });
    expect(await countTouchpoints(db(), audit.id)).toBe(2);
  });

  it('marks the audit as updated at the arrival', async () => {
    const audit = await startedAudit(db(), TAB);
    await recordArrival(db(), TAB, arrived('https://shop.example/jackets'), T0 + 1_000);
    expect((await db().audits.get(audit.id))?.updatedAt).toBe(T0 + 1_000);
  });

  it('opens a step in a tab behind others without visible time running', async () => {
    await startedAudit(db(), TAB);
    const tp = await recordArrival(
      db(),
      TAB,
      arrived('https://shop.example/jackets', 'load', { visible: false }),
      T0 + 1_000,
    );
    expect(tp && 'visibleSince' in tp).toBe(false);
  });

  it('records nothing in a tab without an audit', async () => {
    const audit = await startedAudit(db(), TAB);
    expect(await recordArrival(db(), TAB + 1, arrived('https://shop.example/jackets'), T0 + 1_000)).toBeUndefined();
    expect(await db().touchpoints.count()).toBe(1);
    expect(await openTouchpoint(db(), audit.id)).toMatchObject({ seq: 0 });
  });

  it('records nothing for a paused audit, even one still bound to its tab', async () => {
    const audit = await startedAudit(db(), TAB);
    await pauseAudit(db(), audit.id, 'auditor', T0 + 500);
    expect(await recordArrival(db(), TAB, arrived('https://shop.example/jackets'), T0 + 1_000)).toBeUndefined();
    expect(await countTouchpoints(db(), audit.id)).toBe(1);
    expect((await db().audits.get(audit.id))?.updatedAt).toBe(T0 + 500);
  });

  it('records nothing in the tab of a finished audit', async () => {
    const audit = await startedAudit(db(), TAB);
    await finishAudit(db(), audit.id, T0 + 500);
    expect(await recordArrival(db(), TAB, arrived('https://shop.example/jackets'), T0 + 1_000)).toBeUndefined();
    expect(await countTouchpoints(db(), audit.id)).toBe(1);
  });

  it('adds an arrival only to the audit of its own tab', async () => {
    const mine = await startedAudit(db(), TAB);
    const other = await startedAudit(db(), TAB + 1, page('https://other.example/'));
    await recordArrival(db(), TAB + 1, arrived('https://other.example/cart'), T0 + 1_000);
    expect(await countTouchpoints(db(), mine.id)).toBe(1);
    expect(await countTouchpoints(db(), other.id)).toBe(2);
    expect(await openTouchpoint(db(), mine.id)).toMatchObject({ seq: 0, url: SHOP });
  });
});

describe('recordTitle', () => {
  it('gives the open touchpoint showing the URL its title', async () => {
    const audit = await startedAudit(db(), TAB, page(SHOP, { title: '' }));
    expect(await recordTitle(db(), TAB, SHOP, 'Regenwald | Home', T0 + 200)).toBe(true);
    expect((await openTouchpoint(db(), audit.id))?.title).toBe('Regenwald | Home');
    expect((await db().audits.get(audit.id))?.updatedAt).toBe(T0 + 200);
  });

  it('ignores a title of a page the open touchpoint does not show', async () => {
    const audit = await startedAudit(db(), TAB, page(SHOP, { title: 'Home' }));
    await recordArrival(db(), TAB, arrived('https://shop.example/cart', 'load', { title: '' }), T0 + 1_000);
    expect(await recordTitle(db(), TAB, SHOP, 'Late title of the page before', T0 + 1_100)).toBe(false);
    const [first, second] = await touchpointsOf(db(), audit.id);
    expect(first?.title).toBe('Home');
    expect(second?.title).toBe('');
  });

  it('changes nothing when the title is the one already recorded', async () => {
    const audit = await startedAudit(db(), TAB, page(SHOP, { title: 'Home' }));
    expect(await recordTitle(db(), TAB, SHOP, 'Home', T0 + 200)).toBe(false);
    expect((await db().audits.get(audit.id))?.updatedAt).toBe(T0);
  });

  it('records no title for a paused audit', async () => {
    const audit = await startedAudit(db(), TAB, page(SHOP, { title: 'Home' }));
    await pauseAudit(db(), audit.id, 'auditor', T0 + 100);
    expect(await recordTitle(db(), TAB, SHOP, 'New', T0 + 200)).toBeUndefined();
    expect((await touchpointsOf(db(), audit.id))[0]?.title).toBe('Home');
  });

  it('records no title in a tab without an audit', async () => {
    expect(await recordTitle(db(), TAB, SHOP, 'New', T0)).toBeUndefined();
  });
});

describe('recordVisibility', () => {
  it('does not count the time the tab was hidden', async () => {
    const audit = await startedAudit(db(), TAB);
    expect(await recordVisibility(db(), TAB, false, T0 + 1_000)).toBe(true);
    expect(await recordVisibility(db(), TAB, true, T0 + 5_000)).toBe(true);
    await recordArrival(db(), TAB, arrived('https://shop.example/cart'), T0 + 6_000);
    const [first] = await touchpointsOf(db(), audit.id);
    expect(first).toMatchObject({ enteredAt: T0, leftAt: T0 + 6_000, visibleMs: 2_000 });
  });

  it('takes a state reported twice (by the tab events and the content script) once', async () => {
    const audit = await startedAudit(db(), TAB);
    expect(await recordVisibility(db(), TAB, false, T0 + 1_000)).toBe(true);
    expect(await recordVisibility(db(), TAB, false, T0 + 1_200)).toBe(false);
    expect(await recordVisibility(db(), TAB, true, T0 + 5_000)).toBe(true);
    expect(await recordVisibility(db(), TAB, true, T0 + 5_500)).toBe(false);
    const open = await openTouchpoint(db(), audit.id);
    expect(open).toMatchObject({ visibleMs: 1_000, visibleSince: T0 + 5_000 });
  });

  it('removes visibleSince from the stored touchpoint when the tab is hidden', async () => {
    const audit = await startedAudit(db(), TAB);
    await recordVisibility(db(), TAB, false, T0 + 1_000);
    const open = await openTouchpoint(db(), audit.id);
    expect(open && Object.hasOwn(open, 'visibleSince')).toBe(false);
    const stored = await storedRecord(db(), 'touchpoints', open!.id);
    expect(stored).toMatchObject({ visibleMs: 1_000 });
    expect(stored && Object.hasOwn(stored, 'visibleSince')).toBe(false);
  });

  it('starts visible time when a tab opened behind others comes to the front', async () => {
    const audit = await startedAudit(db(), TAB, page(SHOP, { visible: false }));
    expect(await recordVisibility(db(), TAB, true, T0 + 3_000)).toBe(true);
    expect((await openTouchpoint(db(), audit.id))?.visibleSince).toBe(T0 + 3_000);
    expect((await db().audits.get(audit.id))?.updatedAt).toBe(T0 + 3_000);
  });

  it('records no visibility for a paused audit', async () => {
    const audit = await startedAudit(db(), TAB);
    await pauseAudit(db(), audit.id, 'auditor', T0 + 1_000);
    expect(await recordVisibility(db(), TAB, true, T0 + 2_000)).toBeUndefined();
    const [first] = await touchpointsOf(db(), audit.id);
    expect(first).toMatchObject({ leftAt: T0 + 1_000, visibleMs: 1_000 });
    expect(first && 'visibleSince' in first).toBe(false);
  });

  it('records no visibility in a tab without an audit', async () => {
    expect(await recordVisibility(db(), TAB, true, T0)).toBeUndefined();
  });
});
