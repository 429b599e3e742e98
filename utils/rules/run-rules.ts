import type { Finding, Rule } from '../model/finding';
import type { Touchpoint } from '../model/touchpoint';
import { RULES } from './registry';

/** The user's thresholds by rule id; rules without an entry use their default. */
export type RuleThresholds = Partial<Record<string, number>>;

/** The threshold a rule runs with: the user's value kept inside the rule's range, else its default. */
export function effectiveThreshold(rule: Rule, thresholds: RuleThresholds = {}): number {
  const range = rule.threshold;
  if (!range) return 0;
  const chosen = thresholds[rule.id];
  if (chosen === undefined || !Number.isFinite(chosen)) return range.value;
  return Math.min(range.max, Math.max(range.min, chosen));
}

/**
 * Runs every rule over a journey: touchpoint rules on each touchpoint in journey order, journey rules once. The
 * findings come in registry order, and within a touchpoint rule in journey order, so the same journey gives the
 * same list. Pure: callers store, confirm or dismiss.
 */
export function runRules(
  journey: readonly Touchpoint[],
  thresholds?: RuleThresholds,
  rules: readonly Rule[] = RULES,
): Finding[] {
  return rules.flatMap((rule) => {
    const threshold = effectiveThreshold(rule, thresholds);
    return rule.scope === 'journey'
      ? rule.evaluate(journey, threshold)
      : journey.flatMap((tp) => rule.evaluate(tp, threshold));
  });
}
