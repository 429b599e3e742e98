import { describe, expect, it } from 'vitest';
import { buildExport, serializeExport } from '../export/build-export';
import { exportFileSchema, type ExportedAudit } from '../export/format';
import { withTestDatabase } from '../recording/test-fixtures';
import { sealAudit } from './seal-audit';
import { storedEvidence } from './stored-evidence';
import { sampleEvidence, storeEvidence } from './test-fixtures';
import { verifyExportedAudit, type ExportedEvidence } from './verify-export';

const db = withTestDatabase();

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

/**
 * A sealed audit exported from the database and read back from the file's text, as an import reads it. The export
 * of findings and screenshots (base64 pixels) is the shape the findings branch adds; the caller decodes the pixels.
 */
async function exportedAndReadBack(): Promise<ExportedEvidence & ExportedAudit> {
  const evidence = sampleEvidence();
  await storeEvidence(db(), evidence);
  await sealAudit(db(), evidence.audit.id, evidence.audit.finishedAt!);
  const file = await buildExport(db(), [evidence.audit.id], { appVersion: '0.1.0', at: Date.UTC(2026, 11, 1) });
  const stored = (await storedEvidence(db(), evidence.audit.id))!;
  const text = JSON.stringify({
    file: JSON.parse(serializeExport(file)) as unknown,
    findings: stored.findings.map(({ auditId: _, ...finding }) => finding),
    screenshots: await Promise.all(
      stored.screenshots.map(async ({ auditId: _, thumbnail: __, image, ...shot }) => ({
        ...shot,
        image: base64(new Uint8Array(await image.arrayBuffer())),
      })),
    ),
  });
  const read = JSON.parse(text) as { file: unknown; findings: ExportedEvidence['findings']; screenshots: object[] };
  const [exported] = exportFileSchema.parse(read.file).audits;
  const screenshots = read.screenshots.map((s) => {
    const { image, ...rest } = s as { image: string } & Omit<NonNullable<ExportedEvidence['screenshots']>[0], 'image'>;
    return { ...rest, image: new Uint8Array(Buffer.from(image, 'base64')) };
  });
  return { ...exported!, findings: read.findings, screenshots };
}

describe('verifyExportedAudit', () => {
  it('finds an untouched export unchanged since the walk ended', async () => {
    const exported = await exportedAndReadBack();
    expect(exported.chainHead).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyExportedAudit(exported)).toEqual({ state: 'unchanged', sealedAt: exported.finishedAt });
  });

  it('fails a tampered export, naming the touchpoint whose URL was edited in the file', async () => {
    const exported = await exportedAndReadBack();
    const target = exported.touchpoints[3]!;
    const tampered = {
      ...exported,
      touchpoints: exported.touchpoints.map((tp) => (tp === target ? { ...tp, url: `${tp.url}?coupon=0` } : tp)),
    };
    expect(await verifyExportedAudit(tampered)).toEqual({
      state: 'changed',
      firstBadLink: { kind: 'touchpoint', id: target.id, index: 5, problem: 'changed' },
    });
  });

  it('fails an export whose screenshot lost a single pixel byte', async () => {
    const exported = await exportedAndReadBack();
    const [shot] = exported.screenshots!;
    const image = Uint8Array.from(shot!.image as Uint8Array);
    image[image.length - 1]! ^= 1;
    expect(await verifyExportedAudit({ ...exported, screenshots: [{ ...shot!, image }] })).toMatchObject({
      state: 'changed',
      firstBadLink: { kind: 'screenshot', id: shot!.id, problem: 'changed' },
    });
  });

  it('fails an export whose finding was made more severe, and one that leaves a finding out', async () => {
    const exported = await exportedAndReadBack();
    const [slow, cost] = exported.findings!;
    expect(await verifyExportedAudit({ ...exported, findings: [{ ...slow!, severity: 4 }, cost!] })).toMatchObject({
      state: 'changed',
      firstBadLink: { id: slow!.id, problem: 'changed' },
    });
    expect(await verifyExportedAudit({ ...exported, findings: [cost!] })).toMatchObject({
      state: 'changed',
      firstBadLink: { id: slow!.id, problem: 'missing' },
    });
  });

  it('fails an export whose seal was replaced, and says when there is no seal at all', async () => {
    const exported = await exportedAndReadBack();
    expect(await verifyExportedAudit({ ...exported, chainHead: '0'.repeat(64) })).toEqual({
      state: 'changed',
      firstBadLink: 'head',
    });
    const { chainHead: _, ...unsealed } = exported;
    expect(await verifyExportedAudit(unsealed)).toEqual({ state: 'unsealed' });
  });

  it('accepts what the auditor may change after the walk: names, notes, stages and verdicts', async () => {
    const exported = await exportedAndReadBack();
    const edited = {
      ...exported,
      shopName: 'Renamed',
      notes: 'Later thoughts',
      touchpoints: exported.touchpoints.map((tp) => ({ ...tp, note: 'n', stage: 'cart' as const })),
      findings: exported.findings!.map((f) => ({ ...f, verdict: 'dismissed' as const })),
    };
    expect(await verifyExportedAudit(edited)).toMatchObject({ state: 'unchanged' });
  });
});
