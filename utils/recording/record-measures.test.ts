import { describe, expect, it } from 'vitest';
import { touchpointsOf } from '../db/journey';
import { emptyInteraction } from '../model/interaction';
import { pauseAudit } from './audit-lifecycle';
import { recordArrival } from './journey-events';
import { recordMeasures } from './record-measures';
import { arrived, startedAudit, T0, withTestDatabase } from './test-fixtures';

const db = withTestDatabase();
const TAB = 4;

const clicks = (n: number) => ({ ...emptyInteraction(), clicks: n });

describe('recordMeasures', () => {
  it('stores each part on the touchpoint the recorder names, replacing it whole', async () => {
    const audit = await startedAudit(db(), TAB);
    const [tp] = await touchpointsOf(db(), audit.id);
    await recordMeasures(db(), TAB, { touchpointId: tp!.id, measures: { interaction: clicks(2) } }, T0 + 1);
    await recordMeasures(db(), TAB, { touchpointId: tp!.id, measures: { interaction: clicks(5) } }, T0 + 2);
    const [stored] = await touchpointsOf(db(), audit.id);
    expect(stored!.interaction).toEqual(clicks(5));
  });

  it('reaches a touchpoint the customer has already left (the last report of a page comes late)', async () => {
    const audit = await startedAudit(db(), TAB);
    const [home] = await touchpointsOf(db(), audit.id);
    await recordArrival(db(), TAB, arrived('https://shop.example/cart'), T0 + 1_000);
    expect(
      await recordMeasures(db(), TAB, { touchpointId: home!.id, measures: { interaction: clicks(1) } }, T0 + 1_001),
    ).toBe(true);
  });

  it('follows the page’s stage guess until the auditor sets the stage', async () => {
    const audit = await startedAudit(db(), TAB);
    const [tp] = await touchpointsOf(db(), audit.id);
    await recordMeasures(db(), TAB, { touchpointId: tp!.id, measures: {}, stageGuess: 'product' }, T0 + 1);
    expect((await db().touchpoints.get(tp!.id))!.stage).toBe('product');
    await db().touchpoints.update(tp!.id, { stage: 'browse', stageSource: 'auditor' });
    await recordMeasures(db(), TAB, { touchpointId: tp!.id, measures: {}, stageGuess: 'cart' }, T0 + 2);
    expect((await db().touchpoints.get(tp!.id))!.stage).toBe('browse');
  });

  it('adds a route’s own CLS and INP to its timing', async () => {
    const audit = await startedAudit(db(), TAB);
    const route = await recordArrival(db(), TAB, arrived('https://shop.example/#/detail', 'history'), T0 + 10);
    await recordMeasures(
      db(),
      TAB,
      { touchpointId: route!.id, measures: {}, routeTiming: { cls: 0.09, inpMs: 120 } },
      T0 + 20,
    );
    const [, stored] = await touchpointsOf(db(), audit.id);
    expect(stored!.timing).toEqual({ cls: 0.09, inpMs: 120 });
  });

  it('cannot reach another tab’s audit, a paused audit, or an unknown touchpoint', async () => {
    const mine = await startedAudit(db(), TAB);
    const other = await startedAudit(db(), TAB + 1);
    const [theirs] = await touchpointsOf(db(), other.id);
    const report = { touchpointId: theirs!.id, measures: { interaction: clicks(9) } };
    expect(await recordMeasures(db(), TAB, report, T0 + 1)).toBe(false);
    expect(await recordMeasures(db(), TAB, { ...report, touchpointId: 'nope' }, T0 + 1)).toBe(false);
    await pauseAudit(db(), other.id, 'auditor', T0 + 2);
    expect(await recordMeasures(db(), TAB + 1, report, T0 + 3)).toBe(false);
    expect((await db().touchpoints.get(theirs!.id))!.interaction).toBeUndefined();
    expect(mine.id).not.toBe(other.id);
  });
});
