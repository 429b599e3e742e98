import { countsTowardsScore, type FindingRecord } from '../model/finding-record';

/** How many findings of each audit a comparison shows: enough to see the pattern, few enough to read. */
export const TOP_FINDINGS = 5;

/**
 * An audit's worst confirmed findings: the most severe first, equal ones in the order they were found. Proposals
 * the auditor has not agreed to and dismissed findings are left out, as they are from scores.
 */
export function topFindings(findings: readonly FindingRecord[], count = TOP_FINDINGS): FindingRecord[] {
  return findings
    .filter(countsTowardsScore)
    .sort((a, b) => b.severity - a.severity || a.createdAt - b.createdAt)
    .slice(0, count);
}
