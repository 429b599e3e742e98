import { describe, expect, it } from 'vitest';
import { listHash, parseListHash } from './filter-query';

describe('the audit list’s hash', () => {
  it('is the list without a filter when empty or bare', () => {
    for (const hash of ['', '#', '#/', '#/?']) expect(parseListHash(hash)).toEqual({});
    expect(listHash({})).toBe('#/');
  });

  it('names no list for the other views', () => {
    expect(parseListHash('#/audit/abc')).toBeUndefined();
    expect(parseListHash('#/compare?ids=a,b')).toBeUndefined();
    expect(parseListHash('#/scorecards')).toBeUndefined();
  });

  it('carries every part of a filter there and back, also names with & = and umlauts', () => {
    const filter = {
      shop: 'Müller & Söhne = Outdoor',
      scenario: 'Gast kaufen',
      auditor: 'Ada',
      from: '2026-11-01',
      to: '2026-11-30',
    };
    const hash = listHash(filter);
    expect(hash).toMatch(/^#\/\?shop=/);
    expect(parseListHash(hash)).toEqual(filter);
  });

  it('writes the parts in one order and leaves empty ones out', () => {
    expect(listHash({ to: '2026-11-30', shop: 'Alpha', auditor: '' })).toBe('#/?shop=Alpha&to=2026-11-30');
  });

  it('drops dates that are no calendar day and keeps the rest', () => {
    expect(parseListHash('#/?shop=Alpha&from=2026-13-01&to=soon')).toEqual({ shop: 'Alpha' });
  });
});
