import type { Finding } from '../model/finding';
import type { FindingRecord } from '../model/finding-record';

/** What one run of the rules changes in an audit's stored rule findings. */
export interface FindingChanges {
  add: FindingRecord[];
  update: FindingRecord[];
  remove: string[];
}

/**
 * The identity of a proposal across runs: its rule, its touchpoint (or the journey) and the element it points at.
 * A proposal repeated on the same element (two rage-click bursts on one button) gets its occurrence number, so
 * each keeps the auditor's verdict of its own.
 */
export function findingKey(finding: Finding, occurrence = 0): string {
  return [finding.ruleId, finding.touchpointId ?? 'journey', finding.evidence.selector ?? '', occurrence].join(
    '\u0000',
  );
}

/** Each proposal's key, the repeats on one element numbered in the order proposed. */
export function proposalKeys(proposals: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return proposals.map((p) => {
    const first = findingKey(p);
    const n = seen.get(first) ?? 0;
    seen.set(first, n + 1);
    return findingKey(p, n);
  });
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface Context {
  auditId: string;
  at: number;
  newId: () => string;
}

/**
 * Brings an audit's stored rule findings in line with what the rules propose now. A proposal seen before keeps its
 * record (id, creation time, verdict) and takes the new severity and evidence (a rage-click burst that grew); a new
 * one is added as `proposed`. A stored proposal the rules no longer make (the guest form appeared after the page
 * settled) is removed while undecided; once the auditor confirmed or dismissed it, it stays: that verdict is part
 * of the audit. The auditor's own findings are never touched. Pure, so the same input gives the same changes.
 */
export function reconcileFindings(
  stored: readonly FindingRecord[],
  proposals: readonly Finding[],
  { auditId, at, newId }: Context,
): FindingChanges {
  const byKey = new Map(stored.filter((f) => f.source === 'rule').map((f) => [f.key, f]));
  const changes: FindingChanges = { add: [], update: [], remove: [] };
  const keys = proposalKeys(proposals);
  proposals.forEach((proposal, i) => {
    const key = keys[i]!;
    const known = byKey.get(key);
    byKey.delete(key);
    if (!known) {
      changes.add.push({
        id: newId(),
        auditId,
        ...(proposal.touchpointId === undefined ? {} : { touchpointId: proposal.touchpointId }),
        source: 'rule',
        ruleId: proposal.ruleId,
        key,
        severity: proposal.severity,
        evidence: proposal.evidence,
        note: '',
        verdict: 'proposed',
        createdAt: at,
      });
    } else if (known.severity !== proposal.severity || !sameJson(known.evidence, proposal.evidence)) {
      changes.update.push({ ...known, severity: proposal.severity, evidence: proposal.evidence });
    }
  });
  for (const gone of byKey.values()) if (gone.verdict === 'proposed') changes.remove.push(gone.id);
  return changes;
}
