import { describe, expect, it } from 'vitest';
import { dayStart, filterChoices, isFiltered, matchesFilter, type FilteredAudit } from './audit-filter';

/** A moment of the user's local day, as the dashboard's user sees it. */
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

const audit = (over: Partial<FilteredAudit> = {}): FilteredAudit => ({
  shopName: 'Alpha',
  scenario: 'Guest checkout',
  auditorName: 'Ada',
  startedAt: local(2026, 11, 15, 12),
  ...over,
});

describe('matchesFilter', () => {
  it('passes every audit through an empty filter', () => {
    expect(matchesFilter(audit(), {})).toBe(true);
    expect(isFiltered({})).toBe(false);
  });

  it('matches shop, scenario and auditor exactly', () => {
    expect(matchesFilter(audit(), { shop: 'Alpha', scenario: 'Guest checkout', auditor: 'Ada' })).toBe(true);
    expect(matchesFilter(audit(), { shop: 'Alph' })).toBe(false);
    expect(matchesFilter(audit(), { scenario: 'Returns' })).toBe(false);
    expect(matchesFilter(audit(), { auditor: 'Bo' })).toBe(false);
  });

  it('includes the whole first and last local day of the date range', () => {
    const filter = { from: '2026-11-01', to: '2026-11-30' };
    expect(isFiltered(filter)).toBe(true);
    expect(matchesFilter(audit({ startedAt: local(2026, 11, 1, 0, 0) }), filter)).toBe(true);
    expect(matchesFilter(audit({ startedAt: local(2026, 11, 30, 23, 59) }), filter)).toBe(true);
    expect(matchesFilter(audit({ startedAt: local(2026, 10, 31, 23, 59) }), filter)).toBe(false);
    expect(matchesFilter(audit({ startedAt: local(2026, 12, 1, 0, 0) }), filter)).toBe(false);
  });

  it('takes one day as both bounds', () => {
    const filter = { from: '2026-11-15', to: '2026-11-15' };
    expect(matchesFilter(audit(), filter)).toBe(true);
    expect(matchesFilter(audit({ startedAt: local(2026, 11, 16, 0, 0) }), filter)).toBe(false);
  });

  it('finds nothing when the range ends before it starts', () => {
    expect(matchesFilter(audit(), { from: '2026-11-16', to: '2026-11-14' })).toBe(false);
  });
});

describe('dayStart', () => {
  it('is local midnight of a calendar day', () => {
    expect(dayStart('2026-03-29')).toBe(local(2026, 3, 29));
  });

  it('refuses what is no calendar day', () => {
    expect(dayStart('2026-02-30')).toBeUndefined();
    expect(dayStart('2026-2-3')).toBeUndefined();
    expect(dayStart('yesterday')).toBeUndefined();
  });
});

describe('filterChoices', () => {
  it('lists each shop, scenario and auditor once, sorted, without empty names', () => {
    const audits = [
      audit({ shopName: 'Zeta', auditorName: '' }),
      audit({ shopName: 'Alpha', scenario: 'Returns' }),
      audit({ shopName: 'Älpler' }),
    ];
    expect(filterChoices(audits, 'de')).toEqual({
      shops: ['Alpha', 'Älpler', 'Zeta'],
      scenarios: ['Guest checkout', 'Returns'],
      auditors: ['Ada'],
    });
  });
});
