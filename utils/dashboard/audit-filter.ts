import type { Audit } from '../model/audit';

/**
 * What the audit list shows: audits of one shop, scenario and auditor (each exactly as the audits name them), started
 * between two calendar days of the user (`YYYY-MM-DD`, both days included). An absent part filters nothing.
 */
export interface AuditFilter {
  shop?: string;
  scenario?: string;
  auditor?: string;
  from?: string;
  to?: string;
}

export type FilteredAudit = Pick<Audit, 'shopName' | 'scenario' | 'auditorName' | 'startedAt'>;

/** The parts of a filter, in the order the list shows them and the URL names them. */
export const FILTER_PARTS = [
  'shop',
  'scenario',
  'auditor',
  'from',
  'to',
] as const satisfies readonly (keyof AuditFilter)[];

/** A calendar day as `YYYY-MM-DD`, as a date input gives it; undefined for anything else, also "2026-02-30". */
export function dayStart(day: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const start = new Date(year, month, date);
  // Date rolls an impossible day over into the next month; such a day is no day.
  if (start.getFullYear() !== year || start.getMonth() !== month || start.getDate() !== date) return undefined;
  return start.getTime();
}

/** The first moment after a calendar day in the user's time zone (the next midnight, also across a DST change). */
function dayEnd(day: string): number | undefined {
  const start = dayStart(day);
  if (start === undefined) return undefined;
  const next = new Date(start);
  next.setDate(next.getDate() + 1);
  return next.getTime();
}

export function isFiltered(filter: AuditFilter): boolean {
  return FILTER_PARTS.some((part) => filter[part] !== undefined);
}

/** Whether an audit passes the filter; `from` and `to` are whole days in the user's time zone, both included. */
export function matchesFilter(audit: FilteredAudit, filter: AuditFilter): boolean {
  const from = filter.from === undefined ? undefined : dayStart(filter.from);
  const to = filter.to === undefined ? undefined : dayEnd(filter.to);
  return (
    (filter.shop === undefined || audit.shopName === filter.shop) &&
    (filter.scenario === undefined || audit.scenario === filter.scenario) &&
    (filter.auditor === undefined || audit.auditorName === filter.auditor) &&
    (from === undefined || audit.startedAt >= from) &&
    (to === undefined || audit.startedAt < to)
  );
}

export interface FilterChoices {
  shops: string[];
  scenarios: string[];
  auditors: string[];
}

const distinct = (names: readonly string[], locale: string) =>
  [...new Set(names)].filter((name) => name !== '').sort((a, b) => a.localeCompare(b, locale));

/** The shops, scenarios and auditors of the audits present, each once, sorted as the user's language sorts. */
export function filterChoices(audits: readonly FilteredAudit[], locale: string): FilterChoices {
  return {
    shops: distinct(
      audits.map((a) => a.shopName),
      locale,
    ),
    scenarios: distinct(
      audits.map((a) => a.scenario),
      locale,
    ),
    auditors: distinct(
      audits.map((a) => a.auditorName),
      locale,
    ),
  };
}
