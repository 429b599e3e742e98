import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleAudit, sampleFindings, sampleJourney, sampleTasks } from '../export/sample-audits';
import { findingsOf } from './findings';
import { openDatabase, type ShopwalkDb } from './database';
import { openReleased, RELEASED_DATA, writeReleased } from './schema-fixtures/released-schemas';
import { tasksOf } from './tasks';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

function freshName(): string {
  const name = `shopwalk-migration-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

/** Every record of the tables named, each table in primary-key order. */
async function contents(db: ShopwalkDb, tables: readonly string[]): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(tables.map(async (t) => [t, await db.table(t).toArray()]));
  return Object.fromEntries(entries) as Record<string, unknown[]>;
}

/** A fixture's records as IndexedDB returns them: each table in primary-key order (`id`, or `key` for settings). */
function inKeyOrder(tables: Record<string, readonly object[]>): Record<string, unknown[]> {
  const key = (row: object) => String((row as { id?: string; key?: string }).id ?? (row as { key: string }).key);
  const sorted = Object.entries(tables).map(([t, rows]) => [t, [...rows].sort((a, b) => (key(a) < key(b) ? -1 : 1))]);
  return Object.fromEntries(sorted) as Record<string, unknown[]>;
}

const CURRENT_TABLES = ['audits', 'touchpoints', 'tasks', 'findings', 'screenshots', 'attachments', 'templates'];

/** The tables a version did not have are there, empty, and take records through the indexes their queries use. */
async function expectNewTablesUsable(db: ShopwalkDb, had: readonly string[]): Promise<void> {
  for (const table of CURRENT_TABLES.filter((t) => !had.includes(t))) expect(await db.table(table).count()).toBe(0);
  const audit = sampleAudit({ id: 'after-migration' });
  const journey = sampleJourney(audit);
  await db.audits.add(audit);
  await db.touchpoints.bulkAdd(journey);
  await db.tasks.bulkAdd(sampleTasks(audit));
  await db.findings.bulkAdd(sampleFindings(audit, journey));
  const blob = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/webp' });
  const at = journey[0]!.enteredAt;
  await db.screenshots.add({
    id: 's1',
    auditId: audit.id,
    takenAt: at,
    type: 'image/webp',
    width: 1,
    height: 1,
    image: blob,
    thumbnail: blob,
  });
  await db.attachments.add({
    id: 'a1',
    auditId: audit.id,
    touchpointId: journey[0]!.id,
    name: 'receipt.webp',
    type: 'image/webp',
    size: 3,
    addedAt: at,
    data: blob,
  });
  expect((await tasksOf(db, audit.id)).map((t) => t.seq)).toEqual([0, 1]);
  expect(await findingsOf(db, audit.id)).toHaveLength(3);
  expect(await db.screenshots.where('auditId').equals(audit.id).count()).toBe(1);
  expect(await db.attachments.where('touchpointId').equals(journey[0]!.id).count()).toBe(1);
}

describe('every released schema version opens in the current one', () => {
  for (const { version, tables } of RELEASED_DATA) {
    it(`a database written by version ${version} opens with equal data, and usable new tables`, async () => {
      const name = freshName();
      const released = openReleased(name, version);
      await writeReleased(released, tables);
      const had = Object.keys(tables);
      // The fixture's every table holds records, so "equal" compares something.
      for (const table of had) expect(inKeyOrder(tables)[table]!.length).toBeGreaterThan(0);
      expect(await contents(released, had)).toEqual(inKeyOrder(tables));
      released.close();

      const current = openDatabase(name);
      await current.open();
      expect(current.verno).toBe(3);
      expect(await contents(current, had)).toEqual(inKeyOrder(tables));
      // The queries of the running extension find what the old version wrote: an audit by its tab, a journey.
      const bound = tables.audits.filter((a) => 'tabId' in a);
      expect(await current.audits.where('tabId').aboveOrEqual(0).count()).toBe(bound.length);
      await expectNewTablesUsable(current, had);
      current.close();
    });
  }
});

describe('schema version 2 (tasks), as released', () => {
  it('opens a database written by version 1 with its data unchanged, and an empty tasks table', async () => {
    const name = freshName();
    const v1 = openReleased(name, 1);
    await writeReleased(v1, RELEASED_DATA[0].tables);
    const before = await contents(v1, ['audits', 'touchpoints', 'settings']);
    v1.close();

    const v2 = openReleased(name, 2);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await contents(v2, ['audits', 'touchpoints', 'settings'])).toEqual(before);
    expect(await v2.tasks.count()).toBe(0);
    expect(await tasksOf(v2, RELEASED_DATA[0].tables.audits[0]!.id)).toEqual([]);
    v2.close();
  });
});
