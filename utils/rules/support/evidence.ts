import {
  MAX_EVIDENCE_SELECTOR,
  MAX_EVIDENCE_TEXT,
  type Evidence,
  type FindingProposal,
  type Severity,
} from '../../model/finding';

const clip = (s: string | undefined, max: number) => (s === undefined || s === '' ? undefined : s.slice(0, max));

/**
 * A finding with its evidence clipped to the schema's limits. `text` must be page text (a label, a message the
 * page showed), never a value the customer typed: the measurements never hold one.
 */
export function propose(
  ruleId: string,
  severity: Severity,
  touchpointId: string | undefined,
  evidence: { selector?: string; text?: string; values: Evidence['values'] },
): FindingProposal {
  const selector = clip(evidence.selector, MAX_EVIDENCE_SELECTOR);
  const text = clip(evidence.text, MAX_EVIDENCE_TEXT);
  return {
    ruleId,
    severity,
    ...(touchpointId === undefined ? {} : { touchpointId }),
    evidence: {
      ...(selector === undefined ? {} : { selector }),
      ...(text === undefined ? {} : { text }),
      values: evidence.values,
    },
  };
}
