import { describe, expect, it } from 'vitest';
import { withTestDatabase } from '../recording/test-fixtures';
import { sealAudit } from './seal-audit';
import { checkStoredSeal } from './stored-evidence';
import { sampleEvidence, storeEvidence } from './test-fixtures';

const db = withTestDatabase();

async function sealedSample() {
  const evidence = sampleEvidence();
  await storeEvidence(db(), evidence);
  await sealAudit(db(), evidence.audit.id, evidence.audit.finishedAt!);
  return evidence;
}

describe('checkStoredSeal', () => {
  it('finds the stored records unchanged since the seal, and says when it was made', async () => {
    const { audit } = await sealedSample();
    expect((await checkStoredSeal(db(), audit.id))?.check).toEqual({ state: 'unchanged', sealedAt: audit.finishedAt });
  });

  it('stays unchanged through what the auditor does after the walk: notes, stages, verdicts, a new name', async () => {
    const { audit, touchpoints, findings } = await sealedSample();
    await db().audits.update(audit.id, { shopName: 'Regenwald GmbH', notes: 'Nachgetragen.' });
    await db().touchpoints.update(touchpoints[1]!.id, {
      note: 'Filter versteckt',
      stage: 'browse',
      stageSource: 'auditor',
    });
    await db().findings.update(findings[0]!.id, { verdict: 'confirmed', decidedAt: audit.finishedAt! + 1 });
    expect((await checkStoredSeal(db(), audit.id))?.check).toMatchObject({ state: 'unchanged' });
  });

  it('names the touchpoint whose stored fact was changed', async () => {
    const { audit, touchpoints } = await sealedSample();
    await db().touchpoints.update(touchpoints[4]!.id, { visibleMs: 1_000 });
    const checked = await checkStoredSeal(db(), audit.id);
    expect(checked?.check).toEqual({
      state: 'changed',
      firstBadLink: { kind: 'touchpoint', id: touchpoints[4]!.id, index: 8, problem: 'changed' },
    });
    expect(checked?.evidence.touchpoints[4]).toMatchObject({ visibleMs: 1_000 });
  });

  it('names a screenshot whose pixels were replaced', async () => {
    const { audit } = await sealedSample();
    await db().screenshots.update('shot-cart', { image: new Blob([new Uint8Array([1, 2, 3])]) });
    expect((await checkStoredSeal(db(), audit.id))?.check).toMatchObject({
      state: 'changed',
      firstBadLink: { kind: 'screenshot', id: 'shot-cart', problem: 'changed' },
    });
  });

  it('says an audit without a seal cannot be checked', async () => {
    const evidence = sampleEvidence();
    await storeEvidence(db(), evidence);
    expect((await checkStoredSeal(db(), evidence.audit.id))?.check).toEqual({ state: 'unsealed' });
    expect(await checkStoredSeal(db(), 'no-such-audit')).toBeUndefined();
  });
});
