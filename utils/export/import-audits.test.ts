import { copyTemplate } from '../scoring/localize';
import { builtInTemplate, DEFAULT_TEMPLATE_ID } from '../scoring/templates/registry';
import { addAttachment } from '../db/attachments';
import { addOffWebTouchpoint } from '../db/off-web';
import { beforeEach, describe, expect, test } from 'vitest';
import type { ShopwalkDb } from '../db/database';
import { touchpointsOf } from '../db/journey';
import { tasksOf } from '../db/tasks';
import type { Audit } from '../model/audit';
import { buildExport } from './build-export';
import { importAudits } from './import-audits';
import { addSampleAudit, SAMPLE_STEP_MS, sampleAudit, sampleExportFile } from './sample-audits';
import { everything, freshDb, throughFile } from './support/test-databases';

let db: ShopwalkDb;
beforeEach(() => {
  db = freshDb();
});

/** A screenshot of the sample audit's cart with made-up bytes (every byte value, so base64 is fully exercised). */
async function addScreenshot(of: ShopwalkDb, auditId: string, touchpointId: string): Promise<string> {
  const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256);
  const id = crypto.randomUUID();
  await of.screenshots.add({
    id,
    auditId,
    touchpointId,
    takenAt: 1_800_000_000_000,
    type: 'image/webp',
    width: 1440,
    height: 900,
    image: new Blob([bytes], { type: 'image/webp' }),
    thumbnail: new Blob([bytes.subarray(0, 500)], { type: 'image/webp' }),
  });
  return id;
}

describe('a round trip: export, serialize, parse, import into a fresh database', () => {
  test('gives records equal to those exported, without the tab id', async () => {
    const source = freshDb();
    const finished = await addSampleAudit(source, { shopName: 'Regenwald Outdoor' });
    const paused = await addSampleAudit(source, {
      shopName: 'Bergfreund',
      status: 'paused',
      pauseReason: 'auditor',
      tabId: 12,
    });
    const screenshotId = await addScreenshot(source, finished.audit.id, finished.touchpoints[4]!.id);
    await source.findings.update(finished.findings[2]!.id, { screenshotId });
    const call = await addOffWebTouchpoint(
      source,
      finished.audit.id,
      { channel: 'email', title: 'Reply about returns', stage: 'after-sales', times: { startedAt: 1_800_000_000_000 } },
      1_800_000_000_001,
    );
    const letter = Object.assign(new Blob([new Uint8Array([0, 255, 7])], { type: 'application/pdf' }), {
      name: 'antwort.pdf',
    });
    await addAttachment(source, call.ok ? call.value.id : '', letter, 1_800_000_000_002);
    const ids = [finished.audit.id, paused.audit.id];
    const file = await buildExport(source, ids, { appVersion: '0.1.0', at: Date.now() });
    expect(file.audits[0]?.attachments).toHaveLength(1);
    expect(file.audits[0]?.screenshots).toHaveLength(1);
    expect(file.audits[0]?.findings).toHaveLength(3);

    expect(await importAudits(db, throughFile(file))).toEqual({ imported: ids, alreadyThere: [] });

    await source.audits.update(paused.audit.id, { tabId: undefined }); // the one thing an export leaves out
    expect(await everything(db)).toEqual(await everything(source));
  });

  test('keeps the journey order', async () => {
    const { audit, touchpoints } = await addSampleAudit(freshDb());
    await importAudits(db, throughFile(sampleExportFile([audit])));
    expect((await touchpointsOf(db, audit.id)).map((tp) => tp.url)).toEqual(touchpoints.map((tp) => tp.url));
  });
});

describe('importAudits with audits already here', () => {
  test('imports nothing when the same file is imported twice', async () => {
    const file = throughFile(sampleExportFile([sampleAudit(), sampleAudit()]));
    const ids = file.audits.map((a) => a.id);
    expect(await importAudits(db, file)).toEqual({ imported: ids, alreadyThere: [] });
    const before = await everything(db);

    expect(await importAudits(db, file)).toEqual({ imported: [], alreadyThere: ids });
    expect(await everything(db)).toEqual(before);
  });

  test('neither overwrites the audit here nor adds the touchpoints of the copy in the file', async () => {
    const { audit } = await addSampleAudit(db);
    await db.audits.update(audit.id, { notes: 'edited after the export' });
    const stranger = sampleAudit();
    const file = throughFile(sampleExportFile([audit, stranger]));

    expect(await importAudits(db, file)).toEqual({ imported: [stranger.id], alreadyThere: [audit.id] });
    expect((await db.audits.get(audit.id))?.notes).toBe('edited after the export');
    expect(await db.touchpoints.count()).toBe(12); // 6 of the audit here, 6 of the stranger
  });
});

describe('importAudits of an audit that was recording when exported', () => {
  test('pauses it as if the browser had closed, its open touchpoint left where it was last seen', async () => {
    const active = sampleAudit({ status: 'active', tabId: 5 });
    const [exported] = throughFile(sampleExportFile([active])).audits;
    const open = exported!.touchpoints.at(-1)!;
    expect(open.visibleSince).toBe(open.enteredAt); // the sample's last page: open, visible

    await importAudits(db, { ...sampleExportFile(), audits: [exported!] });

    const audit = (await db.audits.get(active.id)) as Audit;
    expect(audit).toMatchObject({ status: 'paused', pauseReason: 'browser-closed', updatedAt: active.updatedAt });
    expect(audit.tabId).toBeUndefined();
    const last = (await touchpointsOf(db, active.id)).at(-1)!;
    expect(last.leftAt).toBe(active.updatedAt);
    expect(last.visibleMs).toBe(SAMPLE_STEP_MS); // visible from entering until the audit was last seen
    expect(last).not.toHaveProperty('visibleSince');
  });

  test('keeps its running task running, to go on when the audit is resumed', async () => {
    const active = sampleAudit({ status: 'active', tabId: 5 });
    await importAudits(db, throughFile(sampleExportFile([active])));
    const [found, running] = await tasksOf(db, active.id);
    expect(found).toMatchObject({ endedAt: expect.any(Number), outcome: 'success' });
    expect(running?.endedAt).toBeUndefined();
  });
});

describe('importAudits is all or nothing', () => {
  test('rolls back the audits and touchpoints it added when a task write fails', async () => {
    const { tasks: hereTasks } = await addSampleAudit(db);
    const file = sampleExportFile([sampleAudit(), sampleAudit()]);
    file.audits[1]!.tasks[0]!.id = hereTasks[0]!.id; // a task id that a task of another audit here already has
    const before = await everything(db);

    await expect(importAudits(db, file)).rejects.toThrow();

    expect(await everything(db)).toEqual(before);
  });

  test('rolls back the audits it added when a later write fails', async () => {
    const { audit: here, touchpoints: hereTouchpoints } = await addSampleAudit(db);
    const first = sampleAudit();
    const second = sampleAudit();
    const file = sampleExportFile([first, second]);
    // A touchpoint id that a touchpoint of another audit here already has: its write fails after both audits
    // (and all of the first audit's touchpoints) were added in the same transaction.
    file.audits[1]!.touchpoints[2]!.id = hereTouchpoints[3]!.id;
    const before = await everything(db);

    await expect(importAudits(db, file)).rejects.toThrow();

    expect(await everything(db)).toEqual(before);
    expect(await db.audits.get(first.id)).toBeUndefined();
    expect((await db.touchpoints.get(hereTouchpoints[3]!.id))?.auditId).toBe(here.id);
  });
});

describe('an audit rated on a user-made scorecard', () => {
  async function auditOnOwnCard(source: ShopwalkDb, name: string) {
    const card = copyTemplate(builtInTemplate(DEFAULT_TEMPLATE_ID)!, 'de', 'own-card', name);
    await source.templates.add(card);
    const { audit } = await addSampleAudit(source, { templateId: card.id });
    return { audit, card };
  }

  test('carries its card, which a browser without it adds, so that it scores the audit alike', async () => {
    const source = freshDb();
    const { audit, card } = await auditOnOwnCard(source, 'Unsere Karte');
    const file = await buildExport(source, [audit.id], { appVersion: '0.1.0', at: Date.now() });
    expect(file.audits[0]?.template).toEqual(card);
    await importAudits(db, throughFile(file));
    expect(await db.templates.get(card.id)).toEqual(card);
  });

  test('keeps a card of that id already here, and carries no built-in card', async () => {
    const source = freshDb();
    const { audit } = await auditOnOwnCard(source, 'Karte aus der Datei');
    const here = copyTemplate(
      builtInTemplate(DEFAULT_TEMPLATE_ID)!,
      'de',
      'own-card',
      'Karte hier, seither bearbeitet',
    );
    await db.templates.add(here);
    const builtIn = await addSampleAudit(source, { templateId: 'customer-service' });
    const file = await buildExport(source, [audit.id, builtIn.audit.id], { appVersion: '0.1.0', at: Date.now() });
    expect(file.audits[1]).not.toHaveProperty('template');
    await importAudits(db, throughFile(file));
    expect(await db.templates.get('own-card')).toEqual(here);
    expect(await db.templates.count()).toBe(1);
  });
});
