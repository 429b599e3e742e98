import type { FindingRecord } from '../model/finding-record';
import type { Template } from '../model/scorecard';
import type { Touchpoint } from '../model/touchpoint';
import { STAGES } from '../model/vocabulary';
import { combine, mean } from './combine';
import { penaltyTerms } from './penalty-terms';
import type { PartTerm, Score, StageKey } from './score';
import { scoreTouchpoint } from './touchpoint-score';

export interface JourneyScores {
  audit: Score;
  /** Stages with at least one touchpoint, in journey order; `unassigned` last. */
  stages: { stage: StageKey; score: Score }[];
  touchpoints: Map<string, Score>;
}

const STAGE_ORDER: readonly StageKey[] = [...STAGES, 'unassigned'];

/** A stage's score: the mean of its scored touchpoints, each counting once however long the customer stayed. */
function scoreStage(parts: PartTerm[]): Score {
  const base = mean(parts.map((p) => p.score));
  return combine(base === undefined ? undefined : { from: 'parts', value: base }, [], {
    ratings: [],
    skipped: [],
    parts,
  });
}

/**
 * Every score of an audit by the one formula of docs/scoring.md: touchpoints from their ratings and findings;
 * stages as the mean of their touchpoints; the audit as the mean of its stages (so ten product pages do not
 * outweigh one checkout), less the deductions of the confirmed findings about the journey as a whole.
 */
export function scoreJourney(
  template: Template,
  touchpoints: readonly Pick<Touchpoint, 'id' | 'stage' | 'ratings'>[],
  findings: readonly FindingRecord[],
): JourneyScores {
  const byTouchpoint = new Map<string, Score>();
  const partsByStage = new Map<StageKey, PartTerm[]>();
  for (const tp of touchpoints) {
    const score = scoreTouchpoint(template, tp, findings);
    byTouchpoint.set(tp.id, score);
    const key = tp.stage ?? 'unassigned';
    const parts = partsByStage.get(key) ?? [];
    if (score.value !== undefined) parts.push({ id: tp.id, score: score.value });
    partsByStage.set(key, parts);
  }
  const stages = STAGE_ORDER.filter((key) => partsByStage.has(key)).map((stage) => ({
    stage,
    score: scoreStage(partsByStage.get(stage) ?? []),
  }));
  const stageParts = stages.flatMap(({ stage, score }) =>
    score.value === undefined ? [] : [{ id: stage, score: score.value }],
  );
  const base = mean(stageParts.map((p) => p.score));
  const journeyFindings = findings.filter((f) => f.touchpointId === undefined);
  const audit = combine(
    base === undefined ? undefined : { from: 'parts', value: base },
    penaltyTerms(journeyFindings),
    {
      ratings: [],
      skipped: [],
      parts: stageParts,
    },
  );
  return { audit, stages, touchpoints: byTouchpoint };
}
