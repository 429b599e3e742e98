import { describe, expect, it } from 'vitest';
import { SAMPLE_STEP_MS, SAMPLE_STARTED_AT } from '../../export/sample-audits';
import { tableCsv } from './table';
import { byHeader, csvAudit, DE, EN, expectedCsv, HOSTILE_NOTE, HOSTILE_TITLE, parseCsv } from './test-audits';
import { touchpointsTable } from './touchpoints-table';

describe('touchpointsTable', () => {
  const audits = [csvAudit('a1', 'Regenwald Outdoor'), csvAudit('a2', 'Gipfelglück')];
  const rows = parseCsv(tableCsv(touchpointsTable, audits, EN));
  const records = byHeader(rows);

  it('round-trips through a CSV parser with the same values', () => {
    expect(rows).toEqual(expectedCsv(touchpointsTable, audits, EN));
  });

  it('has one row per touchpoint of every audit, each carrying its audit id and shop', () => {
    expect(records).toHaveLength(14);
    expect(records.map((r) => r['Audit ID'])).toEqual([...Array(7).fill('a1'), ...Array(7).fill('a2')]);
    expect(records[7]?.Shop).toBe('Gipfelglück');
  });

  it('writes times as ISO 8601 UTC and durations as seconds with a decimal point', () => {
    const first = records[0]!;
    expect(first['Started (UTC)']).toBe(new Date(SAMPLE_STARTED_AT).toISOString());
    expect(first['Started (UTC)']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(first['Duration (s)']).toBe(String(SAMPLE_STEP_MS / 1000));
    expect(first['Visible (s)']).toBe('38.5');
  });

  it('gives a contact off the web its wait and handling time, and no address or visible time', () => {
    const call = records[6]!;
    expect(call).toMatchObject({ Channel: 'hotline', Stage: 'service', URL: '', 'Visible (s)': '' });
    expect(call).toMatchObject({ 'Wait (s)': '90', 'Handling (s)': '210', 'Duration (s)': '300' });
    expect(records[0]).toMatchObject({ 'Wait (s)': '', 'Handling (s)': '' });
  });

  it('neutralises a page title and a note that begin like formulas', () => {
    expect(records[1]).toMatchObject({ Title: `'${HOSTILE_TITLE}`, Note: `'${HOSTILE_NOTE}` });
  });

  it('leaves measurements that were not taken empty, not zero', () => {
    expect(records[2]?.Clicks).toBe('7');
    expect(records[3]?.Clicks).toBe('');
  });

  it('writes the headers in German for a German user', () => {
    const header = parseCsv(tableCsv(touchpointsTable, audits, DE))[0];
    expect(header?.slice(0, 4)).toEqual(['Audit-ID', 'Shop', 'Nr.', 'Touchpoint-ID']);
    expect(header).toContain('Wartezeit (s)');
  });
});
