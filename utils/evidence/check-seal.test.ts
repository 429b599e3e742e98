import { describe, expect, it } from 'vitest';
import { chainAudit } from './chain';
import { checkSeal } from './check-seal';
import { sampleEvidence } from './test-fixtures';

describe('checkSeal', () => {
  it('says unsealed when the audit carries no head, whatever its records', async () => {
    expect(await checkSeal(sampleEvidence(), {})).toEqual({ state: 'unsealed' });
  });

  it('says unchanged, with the time of the seal, when the records match', async () => {
    const evidence = sampleEvidence();
    const { head, links } = await chainAudit(evidence);
    expect(await checkSeal(evidence, { chainHead: head, chainLinks: links, sealedAt: 42 })).toEqual({
      state: 'unchanged',
      sealedAt: 42,
    });
  });

  it('says changed and where, or blames the head when there are no links to compare', async () => {
    const evidence = sampleEvidence();
    const { head, links } = await chainAudit(evidence);
    const tampered = { ...evidence, findings: evidence.findings.map((f) => ({ ...f, severity: 4 })) };
    expect(await checkSeal(tampered, { chainHead: head, chainLinks: links })).toMatchObject({
      state: 'changed',
      firstBadLink: { kind: 'finding', id: 'finding-slow', problem: 'changed' },
    });
    expect(await checkSeal(tampered, { chainHead: head })).toEqual({ state: 'changed', firstBadLink: 'head' });
  });
});
