import { addAttachment } from './attachments';
import { addOffWebTouchpoint } from './off-web';
import { describe, expect, it } from 'vitest';
import { addSampleAudit } from '../export/sample-audits';
import { withTestDatabase } from '../recording/test-fixtures';
import { deleteAudits, restoreAudits } from './audit-admin';
import { tasksOf } from './tasks';
import type { ShopwalkDb } from './database';
import type { FindingRecord } from '../model/finding-record';
import type { Screenshot } from '../model/screenshot';

/** An auditor's flag with its screenshot on the audit's first touchpoint. */
async function addFlag(d: ShopwalkDb, auditId: string, touchpointId: string, at: number) {
  const screenshot: Screenshot = {
    id: `shot-${at}`,
    auditId,
    touchpointId,
    takenAt: at,
    type: 'image/webp',
    width: 2,
    height: 1,
    image: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/webp' }),
    thumbnail: new Blob([new Uint8Array([1])], { type: 'image/webp' }),
  };
  const finding: FindingRecord = {
    id: `finding-${at}`,
    auditId,
    touchpointId,
    source: 'auditor',
    ruleId: 'manual',
    key: '',
    category: 'trust',
    severity: 3,
    evidence: { selector: '#pay', text: 'Pay now', values: {} },
    element: { selector: '#pay', role: 'button', name: 'Pay now' },
    note: 'Fees appear only here',
    verdict: 'confirmed',
    screenshotId: screenshot.id,
    createdAt: at,
  };
  await d.screenshots.add(screenshot);
  await d.findings.add(finding);
  return { finding, screenshot };
}

const db = withTestDatabase();

describe('deleteAudits and restoreAudits', () => {
  it('deletes the audits’ tasks with them, and leaves other audits’ tasks', async () => {
    const gone = await addSampleAudit(db());
    const kept = await addSampleAudit(db());
    const removed = await deleteAudits(db(), [gone.audit.id]);
    expect(removed.flatMap((r) => r.tasks)).toEqual(gone.tasks);
    expect(await tasksOf(db(), gone.audit.id)).toEqual([]);
    expect(await tasksOf(db(), kept.audit.id)).toEqual(kept.tasks);
  });

  it('puts the tasks back as they were on undo', async () => {
    const { audit, touchpoints, tasks } = await addSampleAudit(db(), { status: 'active', tabId: 3 });
    await restoreAudits(db(), await deleteAudits(db(), [audit.id]));
    expect(await db().audits.get(audit.id)).toEqual(audit);
    expect(await db().touchpoints.count()).toBe(touchpoints.length);
    expect(await tasksOf(db(), audit.id)).toEqual(tasks);
  });

  it('deletes the audits’ findings and screenshots with them, and leaves other audits’ ones', async () => {
    const gone = await addSampleAudit(db());
    const kept = await addSampleAudit(db());
    const goneFlag = await addFlag(db(), gone.audit.id, gone.touchpoints[0]!.id, 1);
    const keptFlag = await addFlag(db(), kept.audit.id, kept.touchpoints[0]!.id, 2);
    const removed = await deleteAudits(db(), [gone.audit.id]);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(removed.flatMap((r) => r.findings).sort(byId)).toEqual([...gone.findings, goneFlag.finding].sort(byId));
    expect(removed.flatMap((r) => r.screenshots).map((s) => s.id)).toEqual([goneFlag.screenshot.id]);
    expect((await db().findings.toArray()).sort(byId)).toEqual([...kept.findings, keptFlag.finding].sort(byId));
    expect((await db().screenshots.toArray()).map((s) => s.id)).toEqual([keptFlag.screenshot.id]);
  });

  it('puts findings and screenshots back on undo, pixels included', async () => {
    const { audit, touchpoints } = await addSampleAudit(db());
    const { finding, screenshot } = await addFlag(db(), audit.id, touchpoints[0]!.id, 1);
    await restoreAudits(db(), await deleteAudits(db(), [audit.id]));
    expect(await db().findings.get(finding.id)).toEqual(finding);
    const back = await db().screenshots.get(screenshot.id);
    expect(back?.image.size).toBe(3);
    expect(back?.thumbnail.size).toBe(1);
  });

  it('deletes the files kept with contacts off the web, and Undo brings them back with their bytes', async () => {
    const { audit } = await addSampleAudit(db());
    const call = await addOffWebTouchpoint(
      db(),
      audit.id,
      { channel: 'store', title: 'Store visit', stage: 'service', times: { startedAt: audit.startedAt } },
      audit.startedAt + 1,
    );
    const photo = Object.assign(new Blob([new Uint8Array([1, 2, 3, 4])], { type: 'image/png' }), { name: 'shelf.png' });
    const kept = await addAttachment(db(), call.ok ? call.value.id : '', photo, audit.startedAt + 2);
    const removed = await deleteAudits(db(), [audit.id]);
    expect(await db().attachments.count()).toBe(0);
    await restoreAudits(db(), removed);
    const back = await db().attachments.get(kept.ok ? kept.value.id : '');
    expect([...new Uint8Array(await back!.data.arrayBuffer())]).toEqual([1, 2, 3, 4]);
  });
});
