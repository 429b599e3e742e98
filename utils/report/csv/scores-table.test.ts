import { describe, expect, it } from 'vitest';
import { scoresTable } from './scores-table';
import { tableCsv } from './table';
import { byHeader, csvAudit, EN, expectedCsv, HOSTILE_TITLE, parseCsv } from './test-audits';

describe('scoresTable', () => {
  const audits = [csvAudit('a1', 'Regenwald Outdoor'), csvAudit('a2', 'Gipfelglück')];
  const rows = parseCsv(tableCsv(scoresTable, audits, EN));
  const records = byHeader(rows).filter((r) => r['Audit ID'] === 'a1');

  it('round-trips through a CSV parser with the same values', () => {
    expect(rows).toEqual(expectedCsv(scoresTable, audits, EN));
  });

  it('lists the audit, then its stages in journey order, then its touchpoints', () => {
    expect(records.map((r) => r.Scope)).toEqual(['audit', ...Array(7).fill('stage'), ...Array(7).fill('touchpoint')]);
    expect(records.slice(1, 8).map((r) => r.Stage)).toEqual([
      'entry',
      'browse',
      'product',
      'cart',
      'checkout-address',
      'checkout-payment',
      'service',
    ]);
  });

  it('writes the scores of docs/scoring.md to one decimal, and nothing where there is nothing to score', () => {
    const touchpoint = (no: string) => records.find((r) => r.Scope === 'touchpoint' && r['Touchpoint no.'] === no);
    expect(touchpoint('3')?.['Score (0-100)']).toBe('75'); // product facts rated 4 of 5
    expect(touchpoint('4')).toMatchObject({ 'Score (0-100)': '94', Deductions: '6' }); // confirmed minor finding
    expect(touchpoint('5')).toMatchObject({ 'Score (0-100)': '88', Deductions: '12' }); // confirmed major finding
    expect(touchpoint('1')).toMatchObject({ 'Score (0-100)': '', Deductions: '0' }); // its finding was dismissed
    expect(records[0]?.['Score (0-100)']).toBe('85.7'); // mean of the stages 75, 94 and 88
  });

  it('names the scorecard and neutralises a touchpoint title that begins like a formula', () => {
    expect(records[0]).toMatchObject({ Scorecard: 'guest-purchase', 'Scorecard version': '1' });
    expect(records.find((r) => r['Touchpoint no.'] === '2')?.Touchpoint).toBe(`'${HOSTILE_TITLE}`);
  });
});
