import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openDatabase, type ShopwalkDb } from '../db/database';
import { buildExport, serializeExport } from './build-export';
import { exportFiles, packIntoFiles, partFileName } from './export-files';
import { parseImport } from './parse-import';
import { addSampleAudit } from './sample-audits';

const at = new Date(2026, 11, 4, 18, 5).getTime();
const options = { appVersion: '0.1.0', at };

let db: ShopwalkDb;
beforeEach(() => {
  db = openDatabase(crypto.randomUUID());
});
afterEach(async () => {
  await db.delete();
});

describe('exportFiles', () => {
  test('writes the audits as one file, byte for byte the text serializeExport makes of them', async () => {
    const ids = [];
    for (const shopName of ['Erster Shop', 'Zweiter Shop', 'Dritter Shop'])
      ids.push((await addSampleAudit(db, { shopName })).audit.id);
    const files = await exportFiles(db, ids, options);
    expect(files.map((f) => f.fileName)).toEqual(['shopwalk-3-audits-2026-12-04.json']);
    expect(files[0]!.blob.type).toBe('application/json');
    expect(await files[0]!.blob.text()).toBe(serializeExport(await buildExport(db, ids, options)));
  });

  test('splits an export larger than a file may be into files each below the limit, each importable', async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await addSampleAudit(db, { shopName: `Shop ${i}` })).audit.id);
    const [one] = await exportFiles(db, ids.slice(0, 1), options);
    // Room for two audits a file, not three.
    const limit = Math.floor(one!.blob.size * 2.5);
    const files = await exportFiles(db, ids, options, limit);
    expect(files.map((f) => f.fileName)).toEqual([
      'shopwalk-5-audits-2026-12-04-part-1-of-3.json',
      'shopwalk-5-audits-2026-12-04-part-2-of-3.json',
      'shopwalk-5-audits-2026-12-04-part-3-of-3.json',
    ]);
    const shops = [];
    for (const file of files) {
      expect(file.blob.size).toBeLessThanOrEqual(limit);
      const parsed = parseImport(await file.blob.text());
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
      expect(parsed.value.exportedAt).toBe(at);
      shops.push(...parsed.value.audits.map((a) => a.shopName));
    }
    expect(shops).toEqual(['Shop 0', 'Shop 1', 'Shop 2', 'Shop 3', 'Shop 4']);
  });
});

describe('packIntoFiles', () => {
  test('fills each file with whole audits in order, up to the limit with the frame and separators counted', () => {
    // frame 10 + 40 + 6 + 40 = 96 fits 100; a third audit does not.
    expect(packIntoFiles([40, 40, 40, 40, 40], 100, 10)).toEqual([[0, 1], [2, 3], [4]]);
    expect(packIntoFiles([40, 40], 95, 10)).toEqual([[0], [1]]);
  });

  test('puts no more audits in a file than a file may hold (MAX_AUDITS_PER_FILE), however small they are', () => {
    expect(packIntoFiles([1, 1, 1, 1, 1], 1_000, 10, 2)).toEqual([[0, 1], [2, 3], [4]]);
  });

  test('gives an audit larger than a file its own file, and writes no file for no audit', () => {
    expect(packIntoFiles([10, 500, 10], 100, 10)).toEqual([[0], [1], [2]]);
    expect(packIntoFiles([], 100, 10)).toEqual([]);
  });
});

test('partFileName numbers the parts of a split export and leaves a single file as named', () => {
  expect(partFileName('shopwalk-9-audits-2026-12-04.json', 0, 1)).toBe('shopwalk-9-audits-2026-12-04.json');
  expect(partFileName('shopwalk-9-audits-2026-12-04.json', 1, 2)).toBe('shopwalk-9-audits-2026-12-04-part-2-of-2.json');
});
