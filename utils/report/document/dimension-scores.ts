import type { CxDimension, Template } from '../../model/scorecard';
import type { Touchpoint } from '../../model/touchpoint';
import { mean } from '../../scoring/combine';
import { ratingTerms, weightedMean } from '../../scoring/rating-terms';
import type { StageKey } from '../../scoring/score';

/** A dimension of the scorecard and its score (0-100); `score` absent when nothing on the dimension was rated. */
export interface DimensionScore {
  dimension: CxDimension;
  score?: number;
}

/** Each stage's touchpoints' weighted means on one dimension, by stage. */
function meansByStage(
  template: Template,
  touchpoints: readonly Pick<Touchpoint, 'stage' | 'ratings'>[],
  dimension: CxDimension,
): Map<StageKey, number[]> {
  const byStage = new Map<StageKey, number[]>();
  for (const tp of touchpoints) {
    const terms = ratingTerms(template, tp.stage, tp.ratings).counted.filter((t) => t.dimension === dimension);
    const value = weightedMean(terms);
    if (value === undefined) continue;
    const key = tp.stage ?? 'unassigned';
    byStage.set(key, [...(byStage.get(key) ?? []), value]);
  }
  return byStage;
}

/**
 * How the journey did on each customer-experience dimension of its scorecard, from the auditor's ratings alone,
 * by the levels of docs/scoring.md: a touchpoint's weighted mean of its ratings on the dimension, a stage's mean of
 * its touchpoints, the journey's mean of its stages (so ten product pages do not outweigh one checkout). Findings
 * deduct from the journey's score, not here: a finding's category is the auditor's choice, not a criterion's weight.
 */
export function dimensionScores(
  template: Template,
  touchpoints: readonly Pick<Touchpoint, 'stage' | 'ratings'>[],
): DimensionScore[] {
  return template.dimensions.map((dimension) => {
    const stages = [...meansByStage(template, touchpoints, dimension).values()].flatMap((values) => mean(values) ?? []);
    const score = mean(stages);
    return score === undefined ? { dimension } : { dimension, score };
  });
}
