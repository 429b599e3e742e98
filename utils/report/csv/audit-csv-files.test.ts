import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditCsvFiles } from './audit-csv-files';
import { csvAudit, DE, EN, parseCsv } from './test-audits';

const folder = readdirSync(fileURLToPath(new URL('.', import.meta.url)));

describe('auditCsvFiles', () => {
  const audits = [csvAudit('a1', 'Regenwald Outdoor'), csvAudit('a2', 'Gipfelglück')];

  it('writes a file for every table file in the folder, each of which has its test beside it', () => {
    const tables = folder.filter((name) => name.endsWith('-table.ts')).map((name) => name.replace(/-table\.ts$/, ''));
    const written = auditCsvFiles([], EN).map((f) => f.fileName.replace(/^shopwalk-(.+)-\d{4}-\d\d-\d\d\.csv$/, '$1'));
    expect(written.sort()).toEqual(tables.sort());
    for (const table of tables) expect(folder).toContain(`${table}-table.test.ts`);
  });

  it('makes one file per table, named after the table and the day of the export', () => {
    expect(auditCsvFiles(audits, EN).map((f) => f.fileName)).toEqual([
      'shopwalk-touchpoints-2026-11-28.csv',
      'shopwalk-findings-2026-11-28.csv',
      'shopwalk-tasks-2026-11-28.csv',
      'shopwalk-scores-2026-11-28.csv',
    ]);
  });

  it('writes every file with a BOM, CRLF records of equal width and headers in the user language', () => {
    for (const file of auditCsvFiles(audits, DE)) {
      expect(file.text.startsWith('\uFEFF"Audit-ID","Shop",')).toBe(true);
      const [header = [], ...rows] = parseCsv(file.text);
      expect(rows.length).toBeGreaterThan(1);
      expect(rows.every((row) => row.length === header.length)).toBe(true);
    }
  });

  it('still writes every table, with its header only, when there is nothing to list', () => {
    const files = auditCsvFiles([], EN);
    expect(files).toHaveLength(4);
    expect(files.map((f) => parseCsv(f.text).length)).toEqual([1, 1, 1, 1]);
  });
});
