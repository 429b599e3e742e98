import { describe, expect, it } from 'vitest';
import { findingSchema } from '../model/finding';
import { propose } from './support/evidence';

const valid = { ruleId: 'slow-page', severity: 2, evidence: { values: { lcpMs: 3_000 } } };

describe('findingSchema', () => {
  it('accepts a journey-wide proposal and rejects what a rule must not produce', () => {
    expect(findingSchema.safeParse(valid).success).toBe(true);
    expect(findingSchema.safeParse({ ...valid, severity: 5 }).success).toBe(false);
    expect(findingSchema.safeParse({ ...valid, severity: 1.5 }).success).toBe(false);
    expect(findingSchema.safeParse({ ...valid, extra: true }).success).toBe(false);
    expect(findingSchema.safeParse({ ...valid, ruleId: 'x'.repeat(65) }).success).toBe(false);
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`v${i}`, i]));
    expect(findingSchema.safeParse({ ...valid, evidence: { values: many } }).success).toBe(false);
    expect(findingSchema.safeParse({ ...valid, evidence: { values: { a: null } } }).success).toBe(false);
  });

  it('gets proposals clipped to its limits by propose()', () => {
    const long = propose('missing-label', 1, 'tp1', { selector: 's'.repeat(900), text: 't'.repeat(900), values: {} });
    expect(findingSchema.parse(long).evidence.text).toHaveLength(300);
    expect(long.evidence.selector).toHaveLength(500);
    expect(propose('dead-click', 2, undefined, { text: '', values: {} })).toEqual({
      ruleId: 'dead-click',
      severity: 2,
      evidence: { values: {} },
    });
  });
});
