import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ShopwalkDb } from '../db/database';
import { MAX_NAME, MAX_TEXT, MAX_URL } from '../model/limits';
import { buildExport, serializeExport } from './build-export';
import { MAX_DEPTH } from './format';
import { importAudits } from './import-audits';
import { MAX_PROBLEMS, parseImport } from './parse-import';
import { addSampleAudit, sampleAudit, sampleExportFile } from './sample-audits';
import { everything, freshDb, throughFile } from './support/test-databases';

// Import is where hostile input enters: a file from a stranger's mail. These properties throw random and mutated
// files at it. Each run draws new cases (fast-check prints the seed of a failure, to replay it with `seed`).

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every place in a JSON value, the root first: the keys and indexes that lead there. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
}

/** Sets an own property, also `__proto__`, which plain assignment would take for the prototype. */
function setOwn(target: Record<string, Json> | Json[], key: string | number, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function nested(depth: number): Json {
  let value: Json = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

const POLLUTING: Json = JSON.parse(
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true}}',
);

/** What an attacker or a broken tool puts in a field. */
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.constantFrom(MAX_NAME + 1, MAX_URL + 1, MAX_TEXT + 1, 2_000_000).map((n) => 'x'.repeat(n)),
  fc.integer({ min: MAX_DEPTH - 4, max: 400 }).map(nested),
  fc.constant(POLLUTING),
  fc.constantFrom<Json>(-1, 1e308, -1e308, 2 ** 53, 0.5, '', '0', 'javascript:alert(1)', '<script>alert(1)</script>'),
);

type Mutation =
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'remove'; at: number }
  | { kind: 'add-key'; at: number; key: string; value: Json }
  | { kind: 'duplicate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add-key' as const),
    at: fc.nat(),
    key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'extra'),
    value: hostileValue,
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
);

/** Applies mutations one after the other, each at a place drawn from those the file has by then. */
function mutate(file: Json, mutations: readonly Mutation[]): Json {
  let root: Json = JSON.parse(JSON.stringify(file));
  for (const m of mutations) {
    const paths = pathsOf(root);
    const path = paths[m.at % paths.length]!;
    if (path.length === 0) {
      if (m.kind === 'replace') root = m.value;
      continue;
    }
    const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key]!, root) as
      Record<string, Json> | Json[];
    const key = path[path.length - 1]!;
    if (m.kind === 'replace') setOwn(parent, key, m.value);
    else if (m.kind === 'remove') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (m.kind === 'duplicate' && Array.isArray(parent))
      parent.push(JSON.parse(JSON.stringify(parent[Number(key)])));
    else if (m.kind === 'add-key') {
      const target = (parent as Record<string, Json>)[key];
      if (target && typeof target === 'object' && !Array.isArray(target)) setOwn(target, m.key, m.value);
    }
  }
  return root;
}

const sampleFile = () => JSON.parse(serializeExport(sampleExportFile([sampleAudit(), sampleAudit()]))) as Json;

function expectPrototypesClean() {
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** Records of audits other than `ids`, and how many records of each kind the audits `ids` have. */
async function split(db: ShopwalkDb, ids: ReadonlySet<string>) {
  const all = await everything(db);
  const kinds = ['touchpoints', 'tasks', 'findings', 'screenshots', 'attachments'] as const;
  return {
    others: {
      audits: all.audits.filter((a) => !ids.has(a.id)),
      ...Object.fromEntries(kinds.map((k) => [k, all[k].filter((r) => !ids.has(r.auditId))])),
    },
    counts: Object.fromEntries(kinds.map((k) => [k, all[k].filter((r) => ids.has(r.auditId)).length])),
    audits: all.audits.filter((a) => ids.has(a.id)).length,
  };
}

// Hundreds of files each: seconds alone, longer on a busy machine; the default 5 s would fail them on load alone.
describe('import fuzzing', { timeout: 120_000 }, () => {
  test('any text at all gets an answer, never an uncaught error, and a refusal lists its problems', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const parsed = parseImport(text);
          if (!parsed.ok) {
            expect(parsed.error.length).toBeGreaterThan(0);
            expect(parsed.error.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
          }
        },
      ),
      { numRuns: 500 },
    );
    expectPrototypesClean();
  });

  test('a mutated export is refused with problems or imported whole, never in part, and pollutes nothing', async () => {
    const base = sampleFile();
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        const text = JSON.stringify(mutate(base, mutations));
        const parsed = parseImport(text);
        expectPrototypesClean();
        if (!parsed.ok) {
          expect(parsed.error.length).toBeGreaterThan(0);
          return;
        }
        const db = freshDb();
        await addSampleAudit(db, { shopName: 'Already here' });
        const ids = new Set(parsed.value.audits.map((a) => a.id));
        const before = await split(db, ids);
        let outcome: Awaited<ReturnType<typeof importAudits>> | undefined;
        try {
          outcome = await importAudits(db, parsed.value);
        } catch {
          // A write the database refuses rolls the whole import back: checked below.
        }
        const after = await split(db, ids);
        expect(after.others).toEqual(before.others);
        if (!outcome || outcome.imported.length === 0) {
          expect(after.counts).toEqual(before.counts);
          return;
        }
        const imported = parsed.value.audits.filter((a) => outcome.imported.includes(a.id));
        expect(after.audits).toBe(before.audits + imported.length);
        for (const kind of ['touchpoints', 'tasks', 'findings', 'screenshots', 'attachments'] as const)
          expect(after.counts[kind]).toBe(before.counts[kind]! + imported.reduce((n, a) => n + a[kind].length, 0));
        expectPrototypesClean();
      }),
      { numRuns: 150 },
    );
  });

  test('a string over its limit is refused at its place, however long', () => {
    const base = sampleFile() as { audits: Record<string, Json>[] };
    fc.assert(
      fc.property(
        fc.constantFrom(['shopName', MAX_NAME], ['scenario', MAX_NAME], ['notes', MAX_TEXT], ['startUrl', MAX_URL]),
        fc.integer({ min: 1, max: 1_000_000 }),
        ([field, limit], over) => {
          const file = JSON.parse(JSON.stringify(base)) as typeof base;
          const length = (limit as number) + over;
          file.audits[1]![field as string] =
            field === 'startUrl' ? 'https://x.example/'.padEnd(length, 'y') : 'y'.repeat(length);
          const parsed = parseImport(JSON.stringify(file));
          expect(parsed.ok).toBe(false);
          if (!parsed.ok) expect(parsed.error.map((p) => p.path)).toContain(`audits[1].${field as string}`);
        },
      ),
      { numRuns: 40 },
    );
  });

  test('nesting deeper than the limit is refused as too deep, at any depth', () => {
    fc.assert(
      fc.property(fc.integer({ min: MAX_DEPTH + 1, max: 50_000 }), (depth) => {
        // Written as text: JSON.stringify itself recurses and would overflow long before the importer does.
        const open = Array.from({ length: depth }, (_, i) => (i % 2 ? '[' : '{"a":')).join('');
        const close = Array.from({ length: depth }, (_, i) => (i % 2 ? ']' : '}'))
          .reverse()
          .join('');
        const text = JSON.stringify(sampleFile()).replace('{', `{"extra":${open}0${close},`);
        const parsed = parseImport(text);
        expect(parsed.ok ? [] : parsed.error.map((p) => p.code)).toEqual(['too-deep']);
      }),
      { numRuns: 30 },
    );
  });

  test('export, import and read back gives equal records for generated audits', async () => {
    const text = fc.string({ maxLength: 300, unit: 'binary' });
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          shopName: fc.string({ minLength: 1, maxLength: MAX_NAME, unit: 'binary' }),
          scenario: fc.string({ maxLength: MAX_NAME, unit: 'binary' }),
          auditorName: fc.string({ maxLength: MAX_NAME, unit: 'binary' }),
          notes: text,
        }),
        fc.array(fc.record({ title: text, note: text }), { minLength: 6, maxLength: 6 }),
        async (overrides, pages) => {
          const source = freshDb();
          const { audit, touchpoints } = await addSampleAudit(source, overrides);
          await source.touchpoints.bulkPut(touchpoints.map((tp, i) => ({ ...tp, ...pages[i] })));
          const file = await buildExport(source, [audit.id], { appVersion: '0.1.0', at: Date.now() });
          const target = freshDb();
          expect(await importAudits(target, throughFile(file))).toEqual({ imported: [audit.id], alreadyThere: [] });
          expect(await everything(target)).toEqual(await everything(source));
        },
      ),
      { numRuns: 25 },
    );
  });
});
