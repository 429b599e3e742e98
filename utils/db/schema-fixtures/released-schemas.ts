import { Dexie } from 'dexie';
import type { ShopwalkDb } from '../database';
import version1 from './version-1.json';
import version2 from './version-2.json';

/**
 * The `stores()` of every released schema version, copied here as released and never imported from database.ts:
 * a database written with these is what a user's browser holds after running that release.
 */
const RELEASED_STORES: readonly Record<string, string>[] = [
  { audits: 'id, startedAt, tabId', touchpoints: 'id, [auditId+seq]', settings: 'key' },
  { tasks: 'id, [auditId+seq]' },
];

/** Opens `name` with the schema of released version `version` (1 or 2): its steps, with no upgrade of later ones. */
export function openReleased(name: string, version: number): ShopwalkDb {
  const db = new Dexie(name) as ShopwalkDb;
  RELEASED_STORES.slice(0, version).forEach((stores, i) => db.version(i + 1).stores(stores));
  return db;
}

/** The tables each released version had, with the records that version wrote (schema-fixtures/version-n.json). */
export const RELEASED_DATA = [
  { version: 1, tables: { audits: version1.audits, touchpoints: version1.touchpoints, settings: version1.settings } },
  {
    version: 2,
    tables: {
      audits: version2.audits,
      touchpoints: version2.touchpoints,
      tasks: version2.tasks,
      settings: version2.settings,
    },
  },
] as const;

/** Writes a released version's records into `db`, opened with that version's schema. */
export async function writeReleased(db: ShopwalkDb, tables: Record<string, readonly object[]>): Promise<void> {
  await db.transaction('rw', Object.keys(tables), async () => {
    for (const [table, rows] of Object.entries(tables)) await db.table(table).bulkAdd([...rows]);
  });
}
