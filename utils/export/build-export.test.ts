import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openDatabase, type ShopwalkDb } from '../db/database';
import { buildExport, exportFileName, serializeExport } from './build-export';
import { exportFileSchema } from './format';
import { addSampleAudit, sampleAudit, sampleJourney, sampleTasks } from './sample-audits';

const at = new Date(2026, 10, 23, 18, 5).getTime(); // local time, as the file name uses the user's calendar day
const options = { appVersion: '0.1.0', at };

let db: ShopwalkDb;
beforeEach(() => {
  db = openDatabase(crypto.randomUUID());
});
afterEach(async () => {
  await db.delete();
});

describe('buildExport', () => {
  test('exports the audits in the order given, with the app, the version and the moment', async () => {
    const first = await addSampleAudit(db, { shopName: 'Erster Shop' });
    const second = await addSampleAudit(db, { shopName: 'Zweiter Shop' });
    const file = await buildExport(db, [second.audit.id, first.audit.id], options);
    expect(file.formatVersion).toBe(1);
    expect(file.app).toEqual({ name: 'Shopwalk', version: '0.1.0' });
    expect(file.exportedAt).toBe(at);
    expect(file.audits.map((a) => a.shopName)).toEqual(['Zweiter Shop', 'Erster Shop']);
  });

  test('drops the tab id of an audit and the audit id of its touchpoints', async () => {
    const { audit } = await addSampleAudit(db, { status: 'paused', pauseReason: 'auditor', tabId: 42 });
    const [exported] = (await buildExport(db, [audit.id], options)).audits;
    expect(exported).not.toHaveProperty('tabId');
    expect(exported?.touchpoints).toHaveLength(6);
    for (const tp of exported?.touchpoints ?? []) expect(tp).not.toHaveProperty('auditId');
    const { tabId: _, ...withoutTab } = audit;
    expect(exported).toMatchObject(withoutTab);
  });

  test('puts touchpoints in journey order, whatever order they were written in', async () => {
    const audit = sampleAudit();
    await db.audits.add(audit);
    await db.touchpoints.bulkAdd(sampleJourney(audit).reverse());
    const [exported] = (await buildExport(db, [audit.id], options)).audits;
    expect(exported?.touchpoints.map((tp) => tp.seq)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  test('exports the tasks in the order started, without their audit id, and no tasks as an empty list', async () => {
    const audit = sampleAudit();
    const tasks = sampleTasks(audit);
    const bare = sampleAudit();
    await db.audits.bulkAdd([audit, bare]);
    await db.tasks.bulkAdd([...tasks].reverse());
    const [exported, without] = (await buildExport(db, [audit.id, bare.id], options)).audits;
    expect(exported?.tasks).toEqual(tasks.map(({ auditId: _, ...task }) => task));
    expect(without?.tasks).toEqual([]);
  });

  test('exports an audit named twice once and leaves out one deleted since it was chosen', async () => {
    const { audit } = await addSampleAudit(db);
    const file = await buildExport(db, [audit.id, 'deleted-meanwhile', audit.id], options);
    expect(file.audits.map((a) => a.id)).toEqual([audit.id]);
  });

  test('builds a file that the export schema accepts', async () => {
    const one = await addSampleAudit(db);
    const two = await addSampleAudit(db, { status: 'active', tabId: 3 });
    const file = await buildExport(db, [one.audit.id, two.audit.id], options);
    expect(exportFileSchema.safeParse(file).success).toBe(true);
  });
});

describe('serializeExport', () => {
  test('writes JSON indented by two spaces, ending in a newline, that reads back equal', async () => {
    const { audit } = await addSampleAudit(db);
    const file = await buildExport(db, [audit.id], options);
    const text = serializeExport(file);
    expect(text.split('\n')[1]).toBe('  "formatVersion": 1,');
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(file);
  });
});

describe('exportFileName', () => {
  test('names the shop and the local day for one audit', () => {
    expect(exportFileName([{ shopName: 'Regenwald Outdoor' }], at)).toBe('shopwalk-regenwald-outdoor-2026-11-23.json');
  });

  test('counts the audits when there are several', () => {
    const audits = [{ shopName: 'A' }, { shopName: 'B' }, { shopName: 'C' }];
    expect(exportFileName(audits, at)).toBe('shopwalk-3-audits-2026-11-23.json');
  });

  test('transliterates German letters and drops accents and punctuation', () => {
    expect(exportFileName([{ shopName: 'Müller & Söhne – Große Straße' }], at)).toBe(
      'shopwalk-mueller-soehne-grosse-strasse-2026-11-23.json',
    );
    expect(exportFileName([{ shopName: 'ÄÖÜ Café Crème' }], at)).toBe('shopwalk-aeoeue-cafe-creme-2026-11-23.json');
    // "ü" as "u" + combining diaeresis, as macOS file names and some pasted text have it
    expect(exportFileName([{ shopName: 'Gru\u0308n' }], at)).toBe('shopwalk-gruen-2026-11-23.json');
  });

  test('falls back to "audit" when nothing of the name is left, and keeps long names short', () => {
    expect(exportFileName([{ shopName: '東京ストア' }], at)).toBe('shopwalk-audit-2026-11-23.json');
    const long = exportFileName([{ shopName: 'Ein sehr langer Shopname mit vielen Wörtern darin' }], at);
    expect(long).toBe('shopwalk-ein-sehr-langer-shopname-mit-vielen-2026-11-23.json');
    const oneWord = exportFileName([{ shopName: 'x'.repeat(60) }], at);
    expect(oneWord).toBe(`shopwalk-${'x'.repeat(40)}-2026-11-23.json`);
  });
});
