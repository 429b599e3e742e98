import type { FindingRecord } from '../model/finding-record';
import type { Template } from '../model/scorecard';
import type { Touchpoint } from '../model/touchpoint';
import { combine } from './combine';
import { penaltyTerms } from './penalty-terms';
import { ratingTerms, weightedMean } from './rating-terms';
import type { Score } from './score';

/**
 * A touchpoint's score: the weighted mean of its ratings on the criteria for its stage (0-100), less the deductions
 * of the confirmed findings about it. `findings` are the touchpoint's own; others are ignored.
 */
export function scoreTouchpoint(
  template: Template,
  touchpoint: Pick<Touchpoint, 'id' | 'stage' | 'ratings'>,
  findings: readonly FindingRecord[],
): Score {
  const { counted, skipped } = ratingTerms(template, touchpoint.stage, touchpoint.ratings);
  const own = findings.filter((f) => f.touchpointId === touchpoint.id);
  const base = weightedMean(counted);
  return combine(base === undefined ? undefined : { from: 'ratings', value: base }, penaltyTerms(own), {
    ratings: counted,
    skipped,
    parts: [],
  });
}
