import { describe, expect, it } from 'vitest';
import type { Picked } from '../messages';
import { startedAudit, withTestDatabase } from '../recording/test-fixtures';
import { discardFlag, storeFlag, updateFlag } from './flag-store';

const db = withTestDatabase();

const picked: Picked = {
  type: 'picker/picked',
  requestId: 'r',
  element: { selector: 'main > button', role: 'button' },
  box: { x: 0, y: 0, width: 10, height: 10 },
  editables: [],
  devicePixelRatio: 2,
  viewport: { width: 800, height: 600 },
};
const shot = {
  type: 'image/jpeg' as const,
  width: 1600,
  height: 1200,
  image: new Blob([new Uint8Array(9)], { type: 'image/jpeg' }),
  thumbnail: new Blob([new Uint8Array(3)], { type: 'image/jpeg' }),
};

describe('flag store', () => {
  it('leaves out the evidence text of an element without a name', async () => {
    const audit = await startedAudit(db(), 1);
    const finding = await storeFlag(db(), audit, picked, shot, 5);
    expect(finding.evidence).toEqual({ selector: 'main > button', values: {} });
  });

  it('saves the form’s category, severity and note', async () => {
    const audit = await startedAudit(db(), 1);
    const { id } = await storeFlag(db(), audit, picked, shot, 5);
    expect(await updateFlag(db(), id, { category: 'effort', severity: 4, note: 'Blocks the checkout' })).toBe(true);
    expect(await db().findings.get(id)).toMatchObject({ category: 'effort', severity: 4, note: 'Blocks the checkout' });
  });

  it('discards the finding with its screenshot', async () => {
    const audit = await startedAudit(db(), 1);
    const kept = await storeFlag(db(), audit, picked, shot, 5);
    const gone = await storeFlag(db(), audit, picked, shot, 6);
    expect(await discardFlag(db(), gone.id)).toBe(true);
    expect((await db().findings.toArray()).map((f) => f.id)).toEqual([kept.id]);
    expect((await db().screenshots.toArray()).map((s) => s.id)).toEqual([kept.screenshotId]);
    expect(await discardFlag(db(), gone.id)).toBe(false);
  });

  it('neither edits nor deletes a rule’s finding', async () => {
    const audit = await startedAudit(db(), 1);
    const { id } = await storeFlag(db(), audit, picked, shot, 5);
    await db().findings.update(id, { source: 'rule', ruleId: 'no-help' });
    expect(await updateFlag(db(), id, { category: 'effort', severity: 0, note: '' })).toBe(false);
    expect(await discardFlag(db(), id)).toBe(false);
    expect(await db().findings.count()).toBe(1);
  });
});
