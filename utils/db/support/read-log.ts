import type { DBCoreKeyRange, DBCoreTable } from 'dexie';
import type { ShopwalkDb } from '../database';

/** One read the database was asked for: its table, the index it went through (`:id` the primary key), its range. */
export interface Read {
  table: string;
  index: string;
  /** No key range at all, and no limit: every row of the table (or of the index) is read. */
  whole: boolean;
}

/** DBCoreRangeType.Any, a `const enum` of Dexie's types that an isolated module cannot read. */
const ANY_RANGE = 3;

function read(
  table: string,
  index: { name: string | null; isPrimaryKey?: boolean },
  range: DBCoreKeyRange,
  limit?: number,
): Read {
  const bounded = limit !== undefined && Number.isFinite(limit);
  return {
    table,
    index: index.isPrimaryKey ? ':id' : (index.name ?? ':id'),
    whole: range.type === ANY_RANGE && !bounded,
  };
}

/**
 * Records every read request that reaches IndexedDB through Dexie's lowest layer (DBCore), as the queries the
 * repositories build come out of Dexie: a `.filter()` or `.toArray()` on a table shows here as a read without a key
 * range. Gets (by key) are keyed by nature and not recorded. Call before the database is first used.
 */
export function recordReads(db: ShopwalkDb): Read[] {
  const log: Read[] = [];
  db.use({
    stack: 'dbcore',
    name: 'ReadLog',
    create: (down) => ({
      ...down,
      table: (name): DBCoreTable => {
        const table = down.table(name);
        return {
          ...table,
          query: (req) => (log.push(read(name, req.query.index, req.query.range, req.limit)), table.query(req)),
          openCursor: (req) => (log.push(read(name, req.query.index, req.query.range)), table.openCursor(req)),
          count: (req) => (log.push(read(name, req.query.index, req.query.range)), table.count(req)),
        };
      },
    }),
  });
  return log;
}
