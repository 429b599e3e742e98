import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleAudit, sampleJourney } from '../export/sample-audits';
import { openDatabase, type ShopwalkDb } from './database';
import { tasksOf } from './tasks';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** A database as version 1 of the schema wrote it: the step copied here as released, never to be edited. */
function openVersion1(name: string): ShopwalkDb {
  const db = new Dexie(name) as ShopwalkDb;
  db.version(1).stores({ audits: 'id, startedAt, tabId', touchpoints: 'id, [auditId+seq]', settings: 'key' });
  return db;
}

/** Version 2 as released: version 1 and the tasks table. */
function openVersion2(name: string): ShopwalkDb {
  const db = openVersion1(name);
  db.version(2).stores({ tasks: 'id, [auditId+seq]' });
  return db;
}

async function contents(db: ShopwalkDb) {
  return {
    audits: await db.audits.orderBy('id').toArray(),
    touchpoints: await db.touchpoints.orderBy('id').toArray(),
    settings: await db.settings.orderBy('key').toArray(),
  };
}

describe('schema version 2 (tasks)', () => {
  it('opens a database written by version 1 with its data unchanged, and an empty tasks table', async () => {
    const name = `shopwalk-migration-${crypto.randomUUID()}`;
    names.push(name);
    const v1 = openVersion1(name);
    const audits = [sampleAudit(), sampleAudit({ status: 'active', tabId: 4 })];
    await v1.audits.bulkAdd(audits);
    await v1.touchpoints.bulkAdd(audits.flatMap((audit) => sampleJourney(audit)));
    await v1.settings.put({ key: 'auditorName', value: 'Jana Weber' });
    const before = await contents(v1);
    v1.close();

    const v2 = openVersion2(name);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await contents(v2)).toEqual(before);
    expect(await v2.tasks.count()).toBe(0);
    // The indexes the queries need exist: an audit's tasks in order, its active audit by tab.
    expect(await tasksOf(v2, before.audits[0]!.id)).toEqual([]);
    expect(await v2.audits.where('tabId').equals(4).count()).toBe(1);
    v2.close();
  });
});

describe('schema version 3 (findings, screenshots)', () => {
  it('opens a database written by version 2 with its data unchanged, and empty findings and screenshots', async () => {
    const name = `shopwalk-migration-${crypto.randomUUID()}`;
    names.push(name);
    const v2 = openVersion2(name);
    const audit = sampleAudit();
    await v2.audits.add(audit);
    await v2.touchpoints.bulkAdd(sampleJourney(audit));
    const before = { ...(await contents(v2)), tasks: await v2.tasks.toArray() };
    v2.close();

    const v3 = openDatabase(name);
    await v3.open();
    expect(v3.verno).toBe(3);
    expect({ ...(await contents(v3)), tasks: await v3.tasks.toArray() }).toEqual(before);
    expect(await v3.findings.count()).toBe(0);
    expect(await v3.screenshots.where('auditId').equals(audit.id).count()).toBe(0);
    v3.close();
  });
});
