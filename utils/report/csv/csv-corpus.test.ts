import { describe, expect, it } from 'vitest';
import { corpusAudits, corpusChunks, CORPUS_URLS } from '../../export/support/corpus-audits';
import { INJECTION_CORPUS } from '../../export/support/injection-corpus';
import { auditCsvFiles } from './audit-csv-files';
import { byHeader, EN, parseCsv } from './test-audits';

// The injection corpus through the CSV tables, each payload in every text of five audits: read back as a
// spreadsheet would, no cell may begin like a formula, and each payload must come back as its text, a quote before
// it where it began like one.

/** OWASP's "CSV Injection" list and the null character of ASVS 5.0 V1.2.10: what a formula may begin with. */
const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r', '\0'];
const neutralised = (text: string) => (FORMULA_STARTS.includes(text.charAt(0)) ? `'${text}` : text);

const START = Date.UTC(2026, 10, 10, 12);
const column = (rows: Record<string, string>[], name: string) => new Set(rows.map((row) => row[name]));

describe('the CSV tables of the injection corpus', () => {
  it.each(corpusChunks(INJECTION_CORPUS, 5).map((chunk, i) => [i * 5, chunk] as const))(
    'neutralise every formula and give every payload back as its text, from payload %i: %j',
    (_, chunk) => {
      const files = auditCsvFiles(corpusAudits(chunk, START), EN).map((file) => parseCsv(file.text));
      const cells = files.flatMap((rows) => rows.slice(1).flat());
      expect(cells.filter((cell) => FORMULA_STARTS.includes(cell.charAt(0)))).toEqual([]);
      const [touchpoints, findings, tasks] = files.map(byHeader) as [
        Record<string, string>[],
        Record<string, string>[],
        Record<string, string>[],
      ];
      const expected = new Set(chunk.map(neutralised));
      for (const [rows, name] of [
        [touchpoints, 'Shop'],
        [touchpoints, 'Title'],
        [touchpoints, 'Note'],
        [findings, 'Element'],
        [findings, 'Page text'],
        [findings, 'Note'],
        [tasks, 'Task'],
        [tasks, 'Note'],
      ] as const)
        expect(column(rows, name), name).toEqual(expected);
      const urls = chunk.flatMap((payload) => CORPUS_URLS.map((url) => neutralised(url(payload))));
      expect(column(touchpoints, 'URL')).toEqual(new Set(urls));
      expect(column(findings, 'Measured')).toEqual(new Set(chunk.map((payload) => `label=${payload}`)));
    },
  );
});
