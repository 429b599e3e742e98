import { describe, expect, it } from 'vitest';
import { tableCsv } from './table';
import { tasksTable } from './tasks-table';
import { byHeader, csvAudit, DE, EN, expectedCsv, parseCsv } from './test-audits';

describe('tasksTable', () => {
  const audits = [csvAudit('a1', 'Regenwald Outdoor'), csvAudit('a2', 'Gipfelglück')];
  const rows = parseCsv(tableCsv(tasksTable, audits, EN));
  const records = byHeader(rows);

  it('round-trips through a CSV parser with the same values', () => {
    expect(rows).toEqual(expectedCsv(tasksTable, audits, EN));
  });

  it('has each task of every audit with its outcome and SEQ answer', () => {
    expect(records.map((r) => [r['Audit ID'], r['No.'], r.Task, r.Outcome, r['SEQ (1-7)']])).toEqual([
      ['a1', '1', 'Regenjacke in Größe M finden', 'success', '6'],
      ['a1', '2', 'Als Gast zur Kasse gehen', 'success', '3'],
      ['a2', '1', 'Regenjacke in Größe M finden', 'success', '6'],
      ['a2', '2', 'Als Gast zur Kasse gehen', 'success', '3'],
    ]);
  });

  it('measures time on task in seconds, pages and clicks; clicks empty where no page counted them', () => {
    // Task 1 runs from 5 s on page 1 to 20 s on page 3 (95 s); task 2 from 2 s on page 4 to 30 s on page 6.
    expect(records[0]).toMatchObject({ 'Time on task (s)': '95', Pages: '3', 'Back navigations': '0', Clicks: '7' });
    expect(records[1]).toMatchObject({ 'Time on task (s)': '108', Pages: '3', Clicks: '' });
  });

  it('writes German headers for a German user', () => {
    expect(parseCsv(tableCsv(tasksTable, audits, DE))[0]).toContain('Bearbeitungszeit (s)');
  });
});
