import type { FindingRecord } from '../model/finding-record';
import type { Touchpoint } from '../model/touchpoint';

/** How many findings wait for the auditor's word, and how many count. */
export interface FindingCounts {
  proposed: number;
  confirmed: number;
  dismissed: number;
}

export function countFindings(findings: readonly FindingRecord[]): FindingCounts {
  const counts: FindingCounts = { proposed: 0, confirmed: 0, dismissed: 0 };
  for (const f of findings) counts[f.verdict] += 1;
  return counts;
}

/**
 * Findings in the order a reader walks the journey: by touchpoint (journey-wide findings last, after the step
 * they were found on), most severe first within a step, then in the order recorded.
 */
export function orderFindings(findings: readonly FindingRecord[], journey: readonly Touchpoint[]): FindingRecord[] {
  const seqOf = new Map(journey.map((tp) => [tp.id, tp.seq]));
  const position = (f: FindingRecord) =>
    f.touchpointId === undefined ? Number.POSITIVE_INFINITY : (seqOf.get(f.touchpointId) ?? Number.MAX_VALUE);
  return [...findings].sort(
    (a, b) => position(a) - position(b) || b.severity - a.severity || a.createdAt - b.createdAt,
  );
}
