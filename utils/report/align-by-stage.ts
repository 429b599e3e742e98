import { countsTowardsScore, type FindingRecord } from '../model/finding-record';
import type { Touchpoint } from '../model/touchpoint';
import { mean } from '../scoring/combine';
import { scoreJourney } from '../scoring/journey-scores';
import type { Score } from '../scoring/score';
import type { ReportAudit } from './report-audit';
import { figureRow, type RowFigures } from './row-figures';
import { inRowOrder, rowOf, type RowKey } from './row-key';

export interface AlignedRow {
  row: RowKey;
  figures: RowFigures;
}

/** One audit's journey as rows: only the rows it has, in report order; a row it skipped is absent (a gap). */
export interface AlignedAudit {
  auditId: string;
  rows: AlignedRow[];
  /** The whole journey: every touchpoint, every confirmed finding (those about the journey too), the audit's score. */
  total: RowFigures;
}

/**
 * A row's score: the mean of its touchpoints' scores that have one, as scoreJourney scores a stage. For a web stage
 * it is scoreJourney's stage score; it differs only where a contact off the web carries the same stage, since the
 * contact has its own row here.
 */
function rowScore(touchpoints: readonly Touchpoint[], scores: ReadonlyMap<string, Score>): number | undefined {
  return mean(touchpoints.flatMap((tp) => scores.get(tp.id)?.value ?? []));
}

/** Touchpoints by row, each row's in the order recorded. */
function groupByRow(ordered: readonly Touchpoint[]): Map<RowKey, Touchpoint[]> {
  const groups = new Map<RowKey, Touchpoint[]>();
  for (const tp of ordered) {
    const row = rowOf(tp);
    const group = groups.get(row) ?? [];
    group.push(tp);
    groups.set(row, group);
  }
  return groups;
}

function findingsOn(touchpoints: readonly Touchpoint[], confirmed: readonly FindingRecord[]): FindingRecord[] {
  const ids = new Set(touchpoints.map((tp) => tp.id));
  return confirmed.filter((f) => f.touchpointId !== undefined && ids.has(f.touchpointId));
}

/**
 * An audit aligned by stage: its web touchpoints by journey stage (visits of one stage summed, however they were
 * ordered), its contacts off the web by channel, its pages without a stage as `unassigned`. `now` ends touchpoints
 * still open (an audit reported while it records).
 */
export function alignByStage(report: ReportAudit, now: number): AlignedAudit {
  const scores = scoreJourney(report.template, report.touchpoints, report.findings);
  const confirmed = report.findings.filter(countsTowardsScore);
  const ordered = [...report.touchpoints].sort((a, b) => a.seq - b.seq);
  const groups = groupByRow(ordered);
  const rows = inRowOrder(groups.keys()).map((row) => {
    const touchpoints = groups.get(row) ?? [];
    const figures = figureRow(
      touchpoints,
      findingsOn(touchpoints, confirmed),
      rowScore(touchpoints, scores.touchpoints),
      now,
    );
    return { row, figures };
  });
  return { auditId: report.audit.id, rows, total: figureRow(ordered, confirmed, scores.audit.value, now) };
}

/** An audit's figures in a row; undefined when the audit skipped it. */
export function figuresIn(audit: AlignedAudit, row: RowKey): RowFigures | undefined {
  return audit.rows.find((r) => r.row === row)?.figures;
}

/** Every row at least one of the audits has, in report order. */
export function rowsOfAny(audits: readonly AlignedAudit[]): RowKey[] {
  return inRowOrder(audits.flatMap((a) => a.rows.map((r) => r.row)));
}
