import { describe, expect, it } from 'vitest';
import { finding } from '../scoring/support/test-findings';
import { topFindings } from './top-findings';

describe('topFindings', () => {
  const found = [
    finding({ id: 'minor-early', severity: 2, createdAt: 1 }),
    finding({ id: 'major-late', severity: 3, createdAt: 5 }),
    finding({ id: 'minor-late', severity: 2, createdAt: 3 }),
    finding({ id: 'catastrophe-proposed', severity: 4, verdict: 'proposed', createdAt: 2 }),
    finding({ id: 'catastrophe-dismissed', severity: 4, verdict: 'dismissed', createdAt: 2 }),
    finding({ id: 'major-early', severity: 3, createdAt: 4 }),
  ];

  it('lists confirmed findings only, the most severe first, equal ones in the order found', () => {
    expect(topFindings(found).map((f) => f.id)).toEqual(['major-early', 'major-late', 'minor-early', 'minor-late']);
  });

  it('keeps only as many as asked for', () => {
    expect(topFindings(found, 2).map((f) => f.id)).toEqual(['major-early', 'major-late']);
  });
});
