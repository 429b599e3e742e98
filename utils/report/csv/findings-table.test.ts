import { describe, expect, it } from 'vitest';
import { ruleById } from '../../rules/registry';
import { findingsTable } from './findings-table';
import { tableCsv } from './table';
import { byHeader, csvAudit, DE, EN, expectedCsv, parseCsv, TRICKY_NOTE } from './test-audits';

describe('findingsTable', () => {
  const audits = [csvAudit('a1', 'Regenwald Outdoor'), csvAudit('a2', 'Gipfelglück')];
  const rows = parseCsv(tableCsv(findingsTable, audits, EN));
  const records = byHeader(rows);

  it('round-trips through a CSV parser with the same values', () => {
    expect(rows).toEqual(expectedCsv(findingsTable, audits, EN));
    expect(parseCsv(tableCsv(findingsTable, audits, DE))).toEqual(expectedCsv(findingsTable, audits, DE));
  });

  it('lists every finding of every audit with its verdict, dismissed ones included', () => {
    expect(records.map((r) => [r['Audit ID'], r.Rule, r.Verdict])).toEqual([
      ['a1', 'no-help', 'confirmed'],
      ['a1', 'dead-click', 'dismissed'],
      ['a1', 'manual', 'confirmed'],
      ['a2', 'no-help', 'confirmed'],
      ['a2', 'dead-click', 'dismissed'],
      ['a2', 'manual', 'confirmed'],
    ]);
  });

  it("names a rule's finding by the rule's title in the user's language, and the touchpoint by its number", () => {
    expect(records[0]).toMatchObject({ Title: ruleById('no-help')?.title.en, 'Touchpoint no.': '4' });
    const german = byHeader(parseCsv(tableCsv(findingsTable, audits, DE)));
    expect(german[0]).toMatchObject({ Titel: ruleById('no-help')?.title.de, Regel: 'no-help' });
    expect(records[2]?.Title).toBe('');
  });

  it('keeps quotes, commas, semicolons, line breaks and umlauts of a note', () => {
    expect(records[2]?.Note).toBe(TRICKY_NOTE);
  });

  it('writes the evidence: element, page text and measured values', () => {
    expect(records[1]).toMatchObject({
      Element: '.hero img',
      'Page text': 'Herbstkollektion',
      Measured: 'deadClicks=1',
    });
    expect(records[0]).toMatchObject({ Measured: 'stage=cart', 'Severity (0-4)': '2' });
  });
});
