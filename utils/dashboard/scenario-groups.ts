import type { Audit } from '../model/audit';

/**
 * Fewer audits make no statistic worth a table: the median of two is their mean, and best and worst are the two
 * audits themselves, which the comparison shows better.
 */
export const MIN_AUDITS_FOR_STATISTICS = 3;

export interface ScenarioGroup {
  scenario: string;
  /** In the order given. */
  auditIds: string[];
}

/**
 * The scenarios with at least `MIN_AUDITS_FOR_STATISTICS` of the given audits, in the order each first appears.
 * Audits without a scenario are not grouped: nothing says they walked the same journey.
 */
export function scenarioGroups(audits: readonly Pick<Audit, 'id' | 'scenario'>[]): ScenarioGroup[] {
  const groups = new Map<string, string[]>();
  for (const audit of audits) {
    if (audit.scenario.trim() === '') continue;
    groups.set(audit.scenario, [...(groups.get(audit.scenario) ?? []), audit.id]);
  }
  return [...groups]
    .filter(([, ids]) => ids.length >= MIN_AUDITS_FOR_STATISTICS)
    .map(([scenario, auditIds]) => ({ scenario, auditIds }));
}
