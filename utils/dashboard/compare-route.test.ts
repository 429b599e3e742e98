import { describe, expect, it } from 'vitest';
import { compareHash, parseCompareHash, resolveComparison } from './compare-route';

describe('the comparison’s hash', () => {
  it('names the audits in order and the baseline', () => {
    expect(parseCompareHash('#/compare?ids=a,b,c&baseline=b')).toEqual({ ids: ['a', 'b', 'c'], baseline: 'b' });
  });

  it('takes the first audit as baseline when none or a stranger is named', () => {
    expect(parseCompareHash('#/compare?ids=a,b')).toEqual({ ids: ['a', 'b'], baseline: 'a' });
    expect(parseCompareHash('#/compare?ids=a,b&baseline=x')).toEqual({ ids: ['a', 'b'], baseline: 'a' });
  });

  it('names each audit once and skips empty ids', () => {
    expect(parseCompareHash('#/compare?ids=a,,b,a,%20')?.ids).toEqual(['a', 'b']);
    expect(parseCompareHash('#/compare?ids=a,%E0%A4%A,b')?.ids).toEqual(['a', 'b']);
  });

  it('is no comparison for the other views, and an empty one without ids', () => {
    expect(parseCompareHash('#/')).toBeUndefined();
    expect(parseCompareHash('#/audit/a')).toBeUndefined();
    expect(parseCompareHash('#/compare')).toEqual({ ids: [], baseline: undefined });
  });

  it('goes there and back, also for ids with commas and other reserved characters', () => {
    const route = { ids: ['a,1', 'b&2', 'c=3'], baseline: 'b&2' };
    expect(compareHash(route)).toBe('#/compare?ids=a%2C1,b%262,c%3D3&baseline=b%262');
    expect(parseCompareHash(compareHash(route))).toEqual(route);
  });
});

describe('resolveComparison', () => {
  it('drops the audits no longer there and counts them', () => {
    expect(resolveComparison({ ids: ['a', 'gone', 'b'], baseline: 'b' }, new Set(['a', 'b']))).toEqual({
      ids: ['a', 'b'],
      baseline: 'b',
      missing: 1,
    });
  });

  it('gives the baseline to the first audit left when the baseline is gone', () => {
    expect(resolveComparison({ ids: ['gone', 'a', 'b'], baseline: 'gone' }, new Set(['a', 'b']))).toEqual({
      ids: ['a', 'b'],
      baseline: 'a',
      missing: 1,
    });
  });

  it('leaves no baseline when nothing is left', () => {
    expect(resolveComparison({ ids: ['x'], baseline: 'x' }, new Set())).toEqual({
      ids: [],
      baseline: undefined,
      missing: 1,
    });
  });
});
