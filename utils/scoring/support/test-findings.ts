import type { FindingRecord } from '../../model/finding-record';

let next = 0;

/** A stored finding for scoring tests: confirmed rule finding on no touchpoint unless told otherwise. */
export function finding(overrides: Partial<FindingRecord> = {}): FindingRecord {
  next += 1;
  return {
    id: `f${next}`,
    auditId: 'a1',
    source: 'rule',
    ruleId: 'slow-page',
    key: `k${next}`,
    severity: 2,
    evidence: { values: {} },
    note: '',
    verdict: 'confirmed',
    createdAt: 1_000 + next,
    ...overrides,
  };
}
