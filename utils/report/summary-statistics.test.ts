import { describe, expect, it } from 'vitest';
import { alignByStage } from './align-by-stage';
import { contact, clicks, fields, page, reportAudit, T0 } from './support/test-audit';
import { median, summarizeAudits } from './summary-statistics';

const RATING = [5, 3, 1] as const;

/**
 * Audit i of ten (1-10): entry page of i seconds, cart with i clicks; the even ones reach the address form with
 * 10 + i fields; the first three call the hotline (i minutes waiting) and rate the entry page 5, 3 and 1.
 */
function audit(i: number) {
  const rating = RATING[i - 1];
  return alignByStage(
    reportAudit(`a${i}`, [
      page(`e${i}`, 'entry', i * 1_000, rating ? { ratings: { 'waiting-explained': rating } } : {}),
      page(`c${i}`, 'cart', 1_000, clicks(i)),
      ...(i % 2 === 0 ? [page(`ad${i}`, 'checkout-address', 1_000, fields(10 + i))] : []),
      ...(i <= 3 ? [contact(`h${i}`, 'hotline', i * 60_000, 0)] : []),
    ]),
    T0,
  );
}

describe('summarizeAudits', () => {
  const ten = summarizeAudits(Array.from({ length: 10 }, (_, i) => audit(i + 1)));
  const row = (key: string) => ten.rows.find((r) => r.row === key);

  it('has the rows somebody visited, in journey order, with how many audits visited each', () => {
    expect(ten.audits).toBe(10);
    expect(ten.rows.map((r) => [r.row, r.visitedBy])).toEqual([
      ['entry', 10],
      ['cart', 10],
      ['checkout-address', 5],
      ['hotline', 3],
    ]);
  });

  it('gives median, best and worst of ten audits, lower being better', () => {
    expect(row('entry')?.metrics.timeMs).toEqual({ median: 5_500, best: 1_000, worst: 10_000, audits: 10 });
    expect(row('cart')?.metrics.clicks).toEqual({ median: 5.5, best: 1, worst: 10, audits: 10 });
  });

  it('leaves out the audits that skipped a stage instead of counting them as zeros', () => {
    expect(row('checkout-address')?.metrics.fields).toEqual({ median: 16, best: 12, worst: 20, audits: 5 });
    expect(row('hotline')?.metrics.timeMs).toEqual({ median: 120_000, best: 60_000, worst: 180_000, audits: 3 });
  });

  it('takes the highest score as best and leaves unscored audits out', () => {
    expect(row('entry')?.metrics.score).toEqual({ median: 50, best: 100, worst: 0, audits: 3 });
    expect(ten.total.score).toEqual({ median: 50, best: 100, worst: 0, audits: 3 });
  });

  it('has no statistics for a metric nobody measured in a row', () => {
    expect(row('entry')?.metrics.fields).toBeUndefined();
    expect(row('hotline')?.metrics.pages).toBeUndefined();
  });

  it('summarizes the whole journeys', () => {
    expect(ten.total.pages).toEqual({ median: 2.5, best: 2, worst: 3, audits: 10 });
  });

  it('gives one audit its own values as median, best and worst', () => {
    const one = summarizeAudits([audit(4)]);
    expect(one.rows.map((r) => r.row)).toEqual(['entry', 'cart', 'checkout-address']);
    expect(one.rows[2]?.metrics.fields).toEqual({ median: 14, best: 14, worst: 14, audits: 1 });
  });

  it('has no rows for no audits', () => {
    expect(summarizeAudits([])).toEqual({ audits: 0, rows: [], total: {} });
  });
});

describe('median', () => {
  it('takes the middle of an odd count and the mean of the middle two of an even one, in any order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
