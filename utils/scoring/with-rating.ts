import type { Ratings, RatingValue } from '../model/scorecard';

/** A touchpoint's ratings with one criterion's set, or removed when `value` is undefined (the rating cleared). */
export function withRating(ratings: Ratings | undefined, criterionId: string, value: RatingValue | undefined): Ratings {
  const rest = Object.fromEntries(Object.entries(ratings ?? {}).filter(([id]) => id !== criterionId));
  return value === undefined ? rest : { ...rest, [criterionId]: value };
}
