import { describe, expect, it } from 'vitest';
import { penaltyTerms, totalPenalty } from './penalty-terms';
import { SEVERITY_PENALTY, severityPenalty } from './severity-penalty';
import { finding } from './support/test-findings';

describe('severityPenalty', () => {
  it('doubles with each step of Nielsen’s scale from cosmetic, and takes nothing for "none"', () => {
    expect([0, 1, 2, 3, 4].map(severityPenalty)).toEqual([0, 3, 6, 12, 24]);
    expect(SEVERITY_PENALTY[4]).toBeLessThan(25);
  });
});

describe('penaltyTerms', () => {
  it('counts confirmed findings only: proposed and dismissed ones deduct nothing and are not listed', () => {
    const terms = penaltyTerms([
      finding({ id: 'c', severity: 3, ruleId: 'late-cost' }),
      finding({ id: 'p', severity: 4, ruleId: 'forced-account', verdict: 'proposed' }),
      finding({ id: 'd', severity: 4, ruleId: 'no-help', verdict: 'dismissed' }),
    ]);
    expect(terms.map((t) => [t.findingId, t.penalty])).toEqual([['c', 12]]);
  });

  it('counts a rule once per place, at its most severe finding, and lists the others as repeats', () => {
    const terms = penaltyTerms([
      finding({ id: 'cls', ruleId: 'slow-page', severity: 2 }),
      finding({ id: 'lcp', ruleId: 'slow-page', severity: 3 }),
      finding({ id: 'label', ruleId: 'missing-label', severity: 1 }),
    ]);
    expect(terms.map((t) => [t.findingId, t.penalty, t.repeatOf])).toEqual([
      ['lcp', 12, undefined],
      ['cls', 0, 'lcp'],
      ['label', 3, undefined],
    ]);
    expect(totalPenalty(terms)).toBe(15);
  });

  it('counts each of the auditor’s own findings', () => {
    const terms = penaltyTerms([
      finding({ source: 'auditor', ruleId: 'manual', severity: 2 }),
      finding({ source: 'auditor', ruleId: 'manual', severity: 2 }),
    ]);
    expect(totalPenalty(terms)).toBe(12);
  });

  it('has nothing to deduct without findings', () => {
    expect(penaltyTerms([])).toEqual([]);
    expect(totalPenalty([])).toBe(0);
  });
});
