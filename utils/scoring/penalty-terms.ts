import { countsTowardsScore, type FindingRecord } from '../model/finding-record';
import type { PenaltyTerm } from './score';
import { severityPenalty } from './severity-penalty';

/**
 * The deductions of the confirmed findings given (all about one touchpoint, or all about the journey). A rule's
 * findings there are one problem measured several ways (three unlabelled fields, LCP and CLS of one page): its most
 * severe counts, the others are listed as repeats. That is how a measurement counts once: only through its rule's
 * finding, and only once per rule and place. The auditor's own findings each count.
 */
export function penaltyTerms(findings: readonly FindingRecord[]): PenaltyTerm[] {
  const confirmed = findings
    .filter(countsTowardsScore)
    .sort((a, b) => b.severity - a.severity || a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  const firstOfRule = new Map<string, string>();
  return confirmed.map((finding) => {
    const term: PenaltyTerm = {
      findingId: finding.id,
      ruleId: finding.ruleId,
      severity: finding.severity,
      penalty: severityPenalty(finding.severity),
      evidence: finding.evidence,
    };
    if (finding.source === 'auditor') return term;
    const first = firstOfRule.get(finding.ruleId);
    if (first === undefined) {
      firstOfRule.set(finding.ruleId, finding.id);
      return term;
    }
    return { ...term, penalty: 0, repeatOf: first };
  });
}

export function totalPenalty(terms: readonly PenaltyTerm[]): number {
  return terms.reduce((sum, t) => sum + t.penalty, 0);
}
