import { describe, expect, it } from 'vitest';
import { touchpointsOf } from '../db/journey';
import { pauseAudit } from './audit-lifecycle';
import { recordArrival } from './journey-events';
import { recordTiming } from './record-timing';
import { arrived, SHOP, startedAudit, T0, withTestDatabase } from './test-fixtures';

const db = withTestDatabase();
const TAB = 3;
const APP = 'https://shop.example/app/';

describe('recordTiming', () => {
  it('adds timing to the touchpoint of the page load, merging later reports of a metric over earlier ones', async () => {
    const audit = await startedAudit(db(), TAB);
    await recordTiming(db(), TAB, SHOP, { ttfbMs: 120, lcpMs: 900, lcpElement: 'img.hero' }, T0 + 100);
    await recordTiming(db(), TAB, SHOP, { lcpMs: 1_400, lcpElement: 'h1' }, T0 + 200);
    const [tp] = await touchpointsOf(db(), audit.id);
    expect(tp!.timing).toEqual({ ttfbMs: 120, lcpMs: 1_400, lcpElement: 'h1' });
  });

  it('puts a late report (LCP on leaving) on its own page, not on the page the customer went on to', async () => {
    const audit = await startedAudit(db(), TAB);
    await recordArrival(db(), TAB, arrived('https://shop.example/cart'), T0 + 1_000);
    expect(await recordTiming(db(), TAB, SHOP, { cls: 0.12 }, T0 + 1_001)).toBe(true);
    const [home, cart] = await touchpointsOf(db(), audit.id);
    expect(home!.timing).toEqual({ cls: 0.12 });
    expect(cart!.timing).toBeUndefined();
  });

  it("keeps a single-page app's timing on the load, not on its in-page routes with the same address", async () => {
    const audit = await startedAudit(db(), TAB, { url: APP, title: 'App', visible: true });
    await recordArrival(db(), TAB, arrived('https://shop.example/app/orders', 'history'), T0 + 500);
    await recordArrival(db(), TAB, arrived(APP, 'history'), T0 + 900);
    await recordTiming(db(), TAB, APP, { inpMs: 80 }, T0 + 1_000);
    const journey = await touchpointsOf(db(), audit.id);
    expect(journey.map((t) => t.timing)).toEqual([{ inpMs: 80 }, undefined, undefined]);
  });

  it('adds nothing to a paused audit, to another tab, or for a page not in the journey', async () => {
    const audit = await startedAudit(db(), TAB);
    expect(await recordTiming(db(), TAB + 1, SHOP, { ttfbMs: 5 }, T0 + 1)).toBe(false);
    expect(await recordTiming(db(), TAB, 'https://elsewhere.example/', { ttfbMs: 5 }, T0 + 1)).toBe(false);
    await pauseAudit(db(), audit.id, 'auditor', T0 + 2);
    expect(await recordTiming(db(), TAB, SHOP, { ttfbMs: 5 }, T0 + 3)).toBe(false);
    expect((await touchpointsOf(db(), audit.id))[0]!.timing).toBeUndefined();
  });
});
