import { describe, expect, it } from 'vitest';
import type { ShopwalkDb } from '../db/database';
import type { ReportRecords } from '../db/report-audits';
import { parseTemplateFile, templateFile } from '../scoring/template-file';
import { buildExport, serializeExport } from './build-export';
import { importAudits } from './import-audits';
import { parseImport } from './parse-import';
import { corpusAudits, corpusChunks } from './support/corpus-audits';
import { INJECTION_CORPUS } from './support/injection-corpus';
import { everything, freshDb } from './support/test-databases';

// The injection corpus through the JSON export and back, each payload in every text of five audits (their notes,
// titles, addresses, field labels, tasks, findings) and in the name and texts of their own scorecards: the file is
// JSON that parses, the import takes it, and what arrives equals what left, to the character.

const START = Date.UTC(2026, 10, 10, 12);

async function store(db: ShopwalkDb, records: readonly ReportRecords[]): Promise<void> {
  await db.transaction('rw', [db.audits, db.touchpoints, db.tasks, db.findings, db.templates], async () => {
    await db.audits.bulkAdd(records.map((r) => r.audit));
    await db.touchpoints.bulkAdd(records.flatMap((r) => r.touchpoints));
    await db.tasks.bulkAdd(records.flatMap((r) => r.tasks));
    await db.findings.bulkAdd(records.flatMap((r) => r.findings));
    await db.templates.bulkAdd(records.map((r) => r.template));
  });
}

// Two databases and a file a test: under a second alone, seconds on a busy machine.
describe('the JSON export of the injection corpus', { timeout: 30_000 }, () => {
  it.each(corpusChunks(INJECTION_CORPUS, 5).map((chunk, i) => [i * 5, chunk] as const))(
    'comes back equal, scorecards included, and so does a file of the scorecards, from payload %i: %j',
    async (_, chunk) => {
      const records = corpusAudits(chunk, START);
      const source = freshDb();
      await store(source, records);
      const ids = records.map((r) => r.audit.id);
      const text = serializeExport(await buildExport(source, ids, { appVersion: '0.1.0', at: START }));
      expect(() => JSON.parse(text) as unknown).not.toThrow();
      const parsed = parseImport(text);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
      expect(parsed.value.audits.map((a) => a.template?.name)).toEqual(records.map((r) => r.template.name));
      const target = freshDb();
      expect(await importAudits(target, parsed.value)).toEqual({ imported: ids, alreadyThere: [] });
      expect(await everything(target)).toEqual(await everything(source));
      expect(await target.templates.orderBy('id').toArray()).toEqual(await source.templates.orderBy('id').toArray());
      // The Scorecards page's own file of templates, too.
      const templates = records.map((r) => r.template);
      expect(parseTemplateFile(JSON.stringify(templateFile(templates), null, 2))).toEqual({
        ok: true,
        value: templates,
      });
    },
  );
});
