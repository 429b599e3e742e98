import { describe, expect, it } from 'vitest';
import { buildExport, serializeExport } from '../export/build-export';
import type { ExportedAudit, ExportFile } from '../export/format';
import { importAudits } from '../export/import-audits';
import { parseImport } from '../export/parse-import';
import { base64ToBytes, bytesToBase64 } from '../export/binary-records';
import { withTestDatabase } from '../recording/test-fixtures';
import { sealAudit } from './seal-audit';
import { checkStoredSeal } from './stored-evidence';
import { sampleEvidence, storeEvidence } from './test-fixtures';
import { verifyExportedAudit } from './verify-export';

const db = withTestDatabase();

/** A sealed audit with findings and a screenshot, exported from the database as the file's text. */
async function exportedText(): Promise<string> {
  const evidence = sampleEvidence();
  await storeEvidence(db(), evidence);
  await sealAudit(db(), evidence.audit.id, evidence.audit.finishedAt!);
  return serializeExport(await buildExport(db(), [evidence.audit.id], { appVersion: '0.1.0', at: Date.UTC(2026, 11) }));
}

function parsed(text: string): ExportFile {
  const result = parseImport(text);
  if (!result.ok) throw new Error(`the export did not parse: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The file's text after someone edited its only audit, as with a text editor: read, change, write back. */
function edited(text: string, edit: (audit: ExportedAudit) => void): string {
  const file = JSON.parse(text) as ExportFile;
  edit(file.audits[0]!);
  return serializeExport(file);
}

describe('verifyExportedAudit', () => {
  it('finds an untouched export unchanged since the walk ended', async () => {
    const [audit] = parsed(await exportedText()).audits;
    expect(audit!.chainHead).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyExportedAudit(audit!)).toEqual({ state: 'unchanged', sealedAt: audit!.finishedAt });
  });

  it('fails a tampered export, naming the touchpoint whose URL was edited in the file', async () => {
    const text = await exportedText();
    const target = parsed(text).audits[0]!.touchpoints[3]!;
    const tampered = edited(text, (audit) => {
      audit.touchpoints[3]!.url += '?coupon=0';
    });
    expect(await verifyExportedAudit(parsed(tampered).audits[0]!)).toEqual({
      state: 'changed',
      firstBadLink: { kind: 'touchpoint', id: target.id, index: 5, problem: 'changed' },
    });
  });

  it('fails an export whose screenshot differs in a single bit', async () => {
    const tampered = edited(await exportedText(), (audit) => {
      const shot = audit.screenshots[0]!;
      const image = base64ToBytes(shot.image);
      image[image.length - 1]! ^= 1;
      shot.image = bytesToBase64(image);
    });
    expect(await verifyExportedAudit(parsed(tampered).audits[0]!)).toMatchObject({
      state: 'changed',
      firstBadLink: { kind: 'screenshot', id: 'shot-cart', problem: 'changed' },
    });
  });

  it('fails an export whose finding was made more severe, and one that leaves a finding out', async () => {
    const text = await exportedText();
    const harsher = edited(text, (audit) => {
      audit.findings[0]!.severity = 4;
    });
    expect(await verifyExportedAudit(parsed(harsher).audits[0]!)).toMatchObject({
      state: 'changed',
      firstBadLink: { id: 'finding-slow', problem: 'changed' },
    });
    const shorter = edited(text, (audit) => {
      audit.findings.shift();
    });
    expect(await verifyExportedAudit(parsed(shorter).audits[0]!)).toMatchObject({
      state: 'changed',
      firstBadLink: { id: 'finding-slow', problem: 'missing' },
    });
  });

  it('fails an export whose seal was replaced, and says when there is no seal at all', async () => {
    const text = await exportedText();
    const replaced = edited(text, (audit) => {
      audit.chainHead = '0'.repeat(64);
    });
    expect(await verifyExportedAudit(parsed(replaced).audits[0]!)).toEqual({ state: 'changed', firstBadLink: 'head' });
    const unsealed = edited(text, (audit) => {
      delete audit.chainHead;
    });
    expect(await verifyExportedAudit(parsed(unsealed).audits[0]!)).toEqual({ state: 'unsealed' });
  });

  it('accepts what the auditor may change after the walk: names, notes, stages, verdicts, thumbnails', async () => {
    const changed = edited(await exportedText(), (audit) => {
      audit.shopName = 'Renamed';
      audit.notes = 'Later thoughts';
      for (const tp of audit.touchpoints) Object.assign(tp, { note: 'n', stage: 'cart', stageSource: 'auditor' });
      for (const f of audit.findings) Object.assign(f, { verdict: 'dismissed', decidedAt: Date.UTC(2026, 11) });
      audit.screenshots[0]!.thumbnail = bytesToBase64(new Uint8Array([1, 2]));
    });
    expect(await verifyExportedAudit(parsed(changed).audits[0]!)).toMatchObject({ state: 'unchanged' });
  });

  it('keeps the seal through an import: the imported audit checks unchanged in the other browser', async () => {
    const file = parsed(await exportedText());
    await db().delete();
    await db().open();
    await importAudits(db(), file);
    expect((await checkStoredSeal(db(), file.audits[0]!.id))?.check).toMatchObject({ state: 'unchanged' });
  });
});
