import { totalPenalty } from './penalty-terms';
import type { PenaltyTerm, Score, ScoreBase } from './score';

/**
 * The one formula's last step, the same at every level: score = max(0, base − deductions). Without a base (nothing
 * rated), confirmed findings still make a score, from 100; without either there is nothing to score.
 */
export function combine(
  base: { from: Exclude<ScoreBase, 'unrated'>; value: number } | undefined,
  penalties: PenaltyTerm[],
  terms: Pick<Score, 'ratings' | 'skipped' | 'parts'>,
): Score {
  const start = base ?? (penalties.length > 0 ? { from: 'unrated' as const, value: 100 } : undefined);
  if (!start) return { ...terms, penalties };
  return { ...terms, penalties, base: start, value: Math.max(0, start.value - totalPenalty(penalties)) };
}

/** The mean of parts, each counted once; absent when there are none. */
export function mean(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}
