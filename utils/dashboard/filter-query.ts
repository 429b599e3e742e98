import { dayStart, FILTER_PARTS, type AuditFilter } from './audit-filter';

/** The audit list's address: `#/`, with its filter as a query (`#/?shop=Alpha&from=2026-11-01`). */
const LIST = /^#?\/?(?:\?(.*))?$/;

/**
 * The filter in the list's hash; undefined when the hash names another view (an audit, the comparison). Empty
 * values and dates that are no calendar day are left out, so that a hand-edited link filters by what it can.
 */
export function parseListHash(hash: string): AuditFilter | undefined {
  const match = LIST.exec(hash);
  if (!match) return undefined;
  const query = new URLSearchParams(match[1] ?? '');
  const filter: AuditFilter = {};
  for (const part of FILTER_PARTS) {
    const value = query.get(part);
    if (!value) continue;
    if ((part === 'from' || part === 'to') && dayStart(value) === undefined) continue;
    filter[part] = value;
  }
  return filter;
}

/** The list's hash for a filter: `#/` alone when it filters nothing. */
export function listHash(filter: AuditFilter): string {
  const query = new URLSearchParams();
  for (const part of FILTER_PARTS) {
    const value = filter[part];
    if (value) query.set(part, value);
  }
  const text = query.toString();
  return text ? `#/?${text}` : '#/';
}
