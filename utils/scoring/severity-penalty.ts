import type { Severity } from '../model/finding';

/**
 * Points a confirmed finding deducts, by Nielsen's severity (1994: 0 none, 1 cosmetic, 2 minor, 3 major,
 * 4 catastrophe). The scale is ordinal; Shopwalk doubles the deduction with each step (3 × 2^(s−1)), so a
 * catastrophe (24) costs about one step of a five-point rating (25) and outweighs any number of smaller problems
 * of one rule (only a rule's most severe finding per touchpoint counts). See docs/scoring.md.
 */
export const SEVERITY_PENALTY: Readonly<Record<Severity, number>> = { 0: 0, 1: 3, 2: 6, 3: 12, 4: 24 };

export function severityPenalty(severity: number): number {
  return SEVERITY_PENALTY[severity as Severity] ?? 0;
}
