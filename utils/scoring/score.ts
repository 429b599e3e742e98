import type { Evidence } from '../model/finding';
import type { CxDimension, RatingScale } from '../model/scorecard';
import type { Stage } from '../model/stage';

/** A rating that counts: its criterion, the point given on its scale, and that point as 0-100. */
export interface RatingTerm {
  criterionId: string;
  dimension: CxDimension;
  weight: number;
  value: number;
  scale: RatingScale;
  points: number;
}

/**
 * A criterion of the card that did not count, and why: rated "not applicable", weighted 0, not rated yet, a value
 * off its scale (the template was edited after rating), or a rating whose criterion no longer applies here.
 */
export interface SkippedRating {
  criterionId: string;
  reason: 'not-applicable' | 'zero-weight' | 'unrated' | 'off-scale' | 'not-on-card';
}

/**
 * A confirmed finding's deduction. A rule's findings on one touchpoint (or on the journey) are one problem: the
 * most severe counts and the others are listed with `repeatOf`, deducting nothing.
 */
export interface PenaltyTerm {
  findingId: string;
  ruleId: string;
  severity: number;
  penalty: number;
  evidence: Evidence;
  repeatOf?: string;
}

/** A part that a stage or the audit averages: a touchpoint's score, or a stage's. */
export interface PartTerm {
  id: string;
  score: number;
}

/**
 * Where a score starts before the findings' deductions: the weighted mean of the ratings (a touchpoint), the mean of
 * its parts (a stage, the audit), 100 when nothing was rated but confirmed findings deduct, or nothing at all.
 */
export type ScoreBase = 'ratings' | 'parts' | 'unrated';

/** A score from 0 to 100 with every term that made it, so the UI can say why it is what it is. */
export interface Score {
  /** Absent when there is nothing to score: nothing rated and no confirmed finding. */
  value?: number;
  base?: { from: ScoreBase; value: number };
  ratings: RatingTerm[];
  skipped: SkippedRating[];
  parts: PartTerm[];
  penalties: PenaltyTerm[];
}

/** A stage's score; touchpoints without a stage are scored together as `unassigned`. */
export type StageKey = Stage | 'unassigned';
