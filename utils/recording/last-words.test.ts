import { describe, expect, it } from 'vitest';
import { touchpointsOf } from '../db/journey';
import { emptyInteraction } from '../model/interaction';
import { pauseAudit } from './audit-lifecycle';
import { recordArrival } from './journey-events';
import { isLastWordsKey, lastWordsKey } from '../recorder/last-words-key';
import { recordLastWords } from './last-words';
import { arrived, startedAudit, T0, withTestDatabase } from './test-fixtures';

const db = withTestDatabase();
const TAB = 4;

const lastReport = (touchpointId: string, clicks: number) => ({
  type: 'page/measure',
  touchpointId,
  measures: { interaction: { ...emptyInteraction(), clicks } },
});

describe('recordLastWords', () => {
  it('stores the last report of a page the customer has left on its touchpoint, and names its tab', async () => {
    const audit = await startedAudit(db(), TAB);
    const [home] = await touchpointsOf(db(), audit.id);
    await recordArrival(db(), TAB, arrived('https://shop.example/cart'), T0 + 1_000);
    expect(await recordLastWords(db(), lastReport(home!.id, 2), T0 + 1_100)).toBe(TAB);
    const [stored, next] = await touchpointsOf(db(), audit.id);
    expect(stored!.interaction?.clicks).toBe(2);
    expect(next!.interaction).toBeUndefined();
  });

  it('leaves the touchpoint of a paused audit and an unknown touchpoint alone', async () => {
    const audit = await startedAudit(db(), TAB);
    const [home] = await touchpointsOf(db(), audit.id);
    expect(await recordLastWords(db(), lastReport('not-a-touchpoint', 2), T0 + 1)).toBeUndefined();
    await pauseAudit(db(), audit.id, 'auditor', T0 + 2);
    expect(await recordLastWords(db(), lastReport(home!.id, 2), T0 + 3)).toBeUndefined();
    expect((await db().touchpoints.get(home!.id))!.interaction).toBeUndefined();
  });

  it('drops what is not a measure report', async () => {
    const audit = await startedAudit(db(), TAB);
    const [home] = await touchpointsOf(db(), audit.id);
    const visibility = { type: 'page/visibility', visible: false, at: T0 };
    expect(await recordLastWords(db(), visibility, T0 + 1)).toBeUndefined();
    expect(await recordLastWords(db(), { ...lastReport(home!.id, 2), extra: 1 }, T0 + 1)).toBeUndefined();
    expect(await recordLastWords(db(), 'clicks: 2', T0 + 1)).toBeUndefined();
    expect((await db().touchpoints.get(home!.id))!.interaction).toBeUndefined();
  });
});

describe('lastWordsKey', () => {
  it('names keys that isLastWordsKey recognises, and no other key of the extension’s storage', () => {
    expect(isLastWordsKey(lastWordsKey('abc'))).toBe(true);
    expect(isLastWordsKey('shopwalk.sessionChecked')).toBe(false);
  });
});
