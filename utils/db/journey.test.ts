import { describe, expect, it } from 'vitest';
import { finishAudit, pauseAudit } from '../recording/audit-lifecycle';
import { newTouchpoint } from '../recording/new-touchpoint';
import { arrived, startedAudit, T0, withTestDatabase } from '../recording/test-fixtures';
import type { Touchpoint } from '../model/touchpoint';
import { auditOfTab, countTouchpoints, lastTouchpoint, openTouchpoint, touchpointsOf } from './journey';

const db = withTestDatabase();

/** A closed touchpoint of `auditId` at position `seq`, its URL naming both. */
function step(auditId: string, seq: number, more: Partial<Touchpoint> = {}): Touchpoint {
  const tp = newTouchpoint(auditId, seq, arrived(`https://shop.example/${auditId}/${seq}`), T0 + seq);
  return { ...tp, leftAt: T0 + seq + 1, ...more };
}

describe('auditOfTab', () => {
  it('finds the audit recording a tab', async () => {
    const audit = await startedAudit(db(), 7);
    await startedAudit(db(), 8);
    expect(await auditOfTab(db(), 7)).toEqual(audit);
  });

  it('finds an audit in tab 0', async () => {
    const audit = await startedAudit(db(), 0);
    expect((await auditOfTab(db(), 0))?.id).toBe(audit.id);
  });

  it('finds nothing in a tab without an audit', async () => {
    await startedAudit(db(), 7);
    expect(await auditOfTab(db(), 70)).toBeUndefined();
  });

  it('finds the audit the auditor paused in the tab', async () => {
    const audit = await startedAudit(db(), 7);
    await pauseAudit(db(), audit.id, 'auditor', T0 + 1);
    expect(await auditOfTab(db(), 7)).toMatchObject({ id: audit.id, status: 'paused' });
  });

  it('finds nothing in the tab of a finished audit', async () => {
    const audit = await startedAudit(db(), 7);
    await finishAudit(db(), audit.id, T0 + 1);
    expect(await auditOfTab(db(), 7)).toBeUndefined();
  });
});

describe('touchpointsOf', () => {
  it('gives the journey in order of seq, numerically, whatever the order of writing', async () => {
    await db().touchpoints.bulkAdd([step('a', 10), step('a', 2), step('a', 0), step('a', 1)]);
    expect((await touchpointsOf(db(), 'a')).map((tp) => tp.seq)).toEqual([0, 1, 2, 10]);
  });

  it('gives only the touchpoints of the audit asked for, not of one whose id starts the same', async () => {
    await db().touchpoints.bulkAdd([step('a', 0), step('ab', 0), step('b', 0), step('a', 1), step('', 0)]);
    expect((await touchpointsOf(db(), 'a')).map((tp) => tp.url)).toEqual([
      'https://shop.example/a/0',
      'https://shop.example/a/1',
    ]);
  });

  it('gives an empty journey for an audit without touchpoints', async () => {
    await db().touchpoints.add(step('a', 0));
    expect(await touchpointsOf(db(), 'z')).toEqual([]);
  });
});

describe('countTouchpoints', () => {
  it('counts the touchpoints of one audit only', async () => {
    await db().touchpoints.bulkAdd([step('a', 0), step('a', 1), step('a', 2), step('ab', 0), step('b', 0)]);
    expect(await countTouchpoints(db(), 'a')).toBe(3);
    expect(await countTouchpoints(db(), 'b')).toBe(1);
    expect(await countTouchpoints(db(), 'z')).toBe(0);
  });
});

describe('lastTouchpoint', () => {
  it('gives the touchpoint with the highest seq, left or not', async () => {
    await db().touchpoints.bulkAdd([step('a', 9), step('a', 11), step('a', 10), step('ab', 50)]);
    expect(await lastTouchpoint(db(), 'a')).toMatchObject({ seq: 11, leftAt: T0 + 12 });
  });

  it('gives nothing for an audit without touchpoints', async () => {
    await db().touchpoints.add(step('ab', 0));
    expect(await lastTouchpoint(db(), 'a')).toBeUndefined();
  });
});

describe('openTouchpoint', () => {
  it('gives the last touchpoint while it has not been left', async () => {
    await db().touchpoints.bulkAdd([step('a', 0), step('a', 1, { leftAt: undefined })]);
    expect(await openTouchpoint(db(), 'a')).toMatchObject({ seq: 1 });
  });

  it('gives nothing once the last touchpoint was left, even if an earlier one was never closed', async () => {
    await db().touchpoints.bulkAdd([step('a', 0, { leftAt: undefined }), step('a', 1)]);
    expect(await openTouchpoint(db(), 'a')).toBeUndefined();
  });

  it('gives nothing for an audit without touchpoints', async () => {
    expect(await openTouchpoint(db(), 'a')).toBeUndefined();
  });
});
