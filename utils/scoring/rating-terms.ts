import { NOT_APPLICABLE, type Ratings, type Template } from '../model/scorecard';
import type { Stage } from '../model/stage';
import { criteriaForStage } from './criteria-for-stage';
import type { RatingTerm, SkippedRating } from './score';

/** A point on a scale of 1..scale as 0-100: the bottom is 0, the top 100, so 5- and 7-point criteria mix. */
export function ratingPoints(value: number, scale: number): number {
  return ((value - 1) / (scale - 1)) * 100;
}

/** Sorts a touchpoint's ratings into those that count and those that do not (with the reason). */
export function ratingTerms(
  template: Template,
  stage: Stage | undefined,
  ratings: Ratings = {},
): { counted: RatingTerm[]; skipped: SkippedRating[] } {
  const counted: RatingTerm[] = [];
  const skipped: SkippedRating[] = [];
  const onCard = criteriaForStage(template, stage);
  for (const criterion of onCard) {
    const { id: criterionId, dimension, weight, scale } = criterion;
    const value = ratings[criterionId];
    if (value === undefined) skipped.push({ criterionId, reason: 'unrated' });
    else if (value === NOT_APPLICABLE) skipped.push({ criterionId, reason: 'not-applicable' });
    else if (value > scale) skipped.push({ criterionId, reason: 'off-scale' });
    else if (weight === 0) skipped.push({ criterionId, reason: 'zero-weight' });
    else counted.push({ criterionId, dimension, weight, value, scale, points: ratingPoints(value, scale) });
  }
  const onCardIds = new Set(onCard.map((c) => c.id));
  for (const criterionId of Object.keys(ratings))
    if (!onCardIds.has(criterionId)) skipped.push({ criterionId, reason: 'not-on-card' });
  return { counted, skipped };
}

/** The weighted mean of the counted ratings' points; absent when none counts. */
export function weightedMean(terms: readonly RatingTerm[]): number | undefined {
  const weights = terms.reduce((sum, t) => sum + t.weight, 0);
  if (weights === 0) return undefined;
  return terms.reduce((sum, t) => sum + t.weight * t.points, 0) / weights;
}
