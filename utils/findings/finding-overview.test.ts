import { describe, expect, it } from 'vitest';
import type { FindingRecord } from '../model/finding-record';
import { touchpoint } from '../rules/support/test-touchpoint';
import { countFindings, orderFindings } from './finding-overview';

const finding = (id: string, overrides: Partial<FindingRecord> = {}): FindingRecord => ({
  id,
  auditId: 'a1',
  touchpointId: 'tp1',
  source: 'rule',
  ruleId: 'rage-click',
  key: id,
  severity: 2,
  evidence: { values: {} },
  note: '',
  verdict: 'proposed',
  createdAt: 1,
  ...overrides,
});

describe('countFindings', () => {
  it('counts each verdict', () => {
    const counts = countFindings([
      finding('a'),
      finding('b', { verdict: 'confirmed' }),
      finding('c', { verdict: 'dismissed' }),
      finding('d', { verdict: 'confirmed' }),
    ]);
    expect(counts).toEqual({ proposed: 1, confirmed: 2, dismissed: 1 });
  });
});

describe('orderFindings', () => {
  it('follows the journey, puts journey-wide findings last, the most severe first within a step', () => {
    const journey = [touchpoint({ id: 'home', seq: 0 }), touchpoint({ id: 'cart', seq: 1 })];
    const ordered = orderFindings(
      [
        finding('journey', { touchpointId: undefined, severity: 4 }),
        finding('cart-minor', { touchpointId: 'cart', severity: 1, createdAt: 1 }),
        finding('cart-major', { touchpointId: 'cart', severity: 3, createdAt: 2 }),
        finding('home-late', { touchpointId: 'home', createdAt: 9 }),
        finding('home-early', { touchpointId: 'home', createdAt: 3 }),
      ],
      journey,
    );
    expect(ordered.map((f) => f.id)).toEqual(['home-early', 'home-late', 'cart-major', 'cart-minor', 'journey']);
  });
});
