import type { ChainKind } from '../model/audit';
import type { ChainInput } from './chain-input';
import {
  CHAINED_AUDIT_FIELDS,
  CHAINED_FINDING_FIELDS,
  CHAINED_SCREENSHOT_FIELDS,
  CHAINED_TOUCHPOINT_FIELDS,
  chainedFacts,
} from './chained-fields';

/** One record as the chain links it: its kind, its id, and its chained facts. */
export interface ChainEntry {
  kind: ChainKind;
  id: string;
  facts: Record<string, unknown>;
}

interface Timed extends ChainEntry {
  at: number;
  /** Within one kind at one moment: a touchpoint's seq; 0 for the others, which fall back to their id. */
  seq: number;
}

/** At one millisecond: the page first, then a screenshot of it, then the finding that points at that screenshot. */
const KIND_RANK: Record<ChainKind, number> = { audit: 0, touchpoint: 1, screenshot: 2, finding: 3 };

function byRecordedOrder(a: Timed, b: Timed): number {
  return (
    a.at - b.at || KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The records in the order they were recorded: the audit's own facts first, then touchpoints (by entry time and
 * journey position), screenshots (by capture time) and findings (by creation time) merged by time. Ties break by
 * kind, then position, then id, so the order depends on the records alone and never on how the arrays came in.
 */
export function chainOrder(input: ChainInput): ChainEntry[] {
  const timed: Timed[] = [
    ...input.touchpoints.map((tp) => ({
      kind: 'touchpoint' as const,
      id: tp.id,
      at: tp.enteredAt,
      seq: tp.seq,
      facts: chainedFacts(tp, CHAINED_TOUCHPOINT_FIELDS),
    })),
    ...(input.screenshots ?? []).map((shot) => ({
      kind: 'screenshot' as const,
      id: shot.id,
      at: shot.takenAt,
      seq: 0,
      facts: chainedFacts(shot, CHAINED_SCREENSHOT_FIELDS),
    })),
    ...(input.findings ?? []).map((finding) => ({
      kind: 'finding' as const,
      id: finding.id,
      at: finding.createdAt,
      seq: 0,
      facts: chainedFacts(finding, CHAINED_FINDING_FIELDS),
    })),
  ];
  const records = timed.sort(byRecordedOrder).map(({ kind, id, facts }) => ({ kind, id, facts }));
  const audit = { kind: 'audit' as const, id: input.audit.id, facts: chainedFacts(input.audit, CHAINED_AUDIT_FIELDS) };
  return [audit, ...records];
}
