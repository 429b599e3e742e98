import { describe, expect, it, vi } from 'vitest';
import { auditSchema } from '../model/audit';
import { finishAudit } from '../recording/audit-lifecycle';
import { recordArrival } from '../recording/journey-events';
import { arrived, SHOP, startedAudit, T0, withTestDatabase } from '../recording/test-fixtures';
import { chainAudit } from './chain';
import { sealAudit } from './seal-audit';
import { storedEvidence } from './stored-evidence';
import { sampleEvidence, storeEvidence } from './test-fixtures';

const TAB = 3;
const db = withTestDatabase();

describe('sealing on finish', () => {
  it('stores the chain over the records as they were when the walk ended', async () => {
    const audit = await startedAudit(db(), TAB);
    await recordArrival(db(), TAB, arrived(`${SHOP}cart`), T0 + 2_000);
    const finished = await finishAudit(db(), audit.id, T0 + 5_000);

    const stored = await db().audits.get(audit.id);
    expect(finished).toEqual({ ok: true, value: stored });
    expect(stored).toMatchObject({ status: 'finished', sealedAt: T0 + 5_000 });
    expect(auditSchema.safeParse(stored).success).toBe(true);
    // The touchpoint closed by the finish is sealed closed: the seal comes after the finish, not before it.
    const chain = await chainAudit((await storedEvidence(db(), audit.id))!);
    expect(stored?.chainHead).toBe(chain.head);
    expect(stored?.chainLinks).toEqual(chain.links);
    expect(chain.links.map((l) => l.kind)).toEqual(['audit', 'touchpoint', 'touchpoint']);
  });

  it('does not seal an audit that is still being walked', async () => {
    const audit = await startedAudit(db(), TAB);
    expect(await sealAudit(db(), audit.id, T0 + 1_000)).toEqual(audit);
    expect((await db().audits.get(audit.id))?.chainHead).toBeUndefined();
  });

  it('includes findings and screenshots, pixels and all', async () => {
    const evidence = sampleEvidence();
    await storeEvidence(db(), evidence);
    const sealed = await sealAudit(db(), evidence.audit.id, T0);
    expect(sealed?.chainHead).toBe((await chainAudit(evidence)).head);
    expect(sealed?.chainLinks?.filter((l) => l.kind !== 'touchpoint').map((l) => l.id)).toEqual([
      evidence.audit.id,
      'finding-slow',
      'shot-cart',
      'finding-cost',
    ]);
  });

  it('seals again over the records as they are now when an audit is finished again', async () => {
    const evidence = sampleEvidence();
    await storeEvidence(db(), evidence);
    const first = await sealAudit(db(), evidence.audit.id, T0);
    await db().findings.delete('finding-slow');
    const second = await sealAudit(db(), evidence.audit.id, T0 + 60_000);
    expect(second?.chainHead).not.toBe(first?.chainHead);
    expect(second).toMatchObject({ sealedAt: T0 + 60_000 });
    expect(second?.chainLinks).toHaveLength(first!.chainLinks!.length - 1);
    expect(await db().audits.get(evidence.audit.id)).toEqual(second);
  });

  it('answers nothing for an audit that does not exist', async () => {
    expect(await sealAudit(db(), 'no-such-audit', T0)).toBeUndefined();
  });
});

describe('a seal that cannot be made', () => {
  it('leaves the audit finished and unsealed, and says why in the console', async () => {
    const audit = await startedAudit(db(), TAB);
    // A record the schemas would refuse, written past them: the chain will not hash a number JSON cannot hold.
    await db().findings.add({ ...sampleEvidence().findings[0]!, auditId: audit.id, severity: Number.NaN });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const finished = await finishAudit(db(), audit.id, T0 + 5_000);
    expect(finished).toMatchObject({ ok: true, value: { status: 'finished' } });
    expect((await db().audits.get(audit.id))?.chainHead).toBeUndefined();
    expect(logged).toHaveBeenCalledWith('Shopwalk: could not seal the finished audit', expect.any(TypeError));
    logged.mockRestore();
  });
});
