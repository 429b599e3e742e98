import { describe, expect, it } from 'vitest';
import { finding } from '../scoring/support/test-findings';
import { figureRow } from './row-figures';
import { contact, page, T0 } from './support/test-audit';

describe('figureRow', () => {
  it('times a contact whose stopwatch still waits for a person up to now', () => {
    const waiting = contact('call', 'hotline', 0, 0, { answeredAt: undefined, leftAt: undefined });
    expect(figureRow([waiting], [], undefined, T0 + 90_000).values.timeMs).toBe(90_000);
  });

  it('weights findings by the points their severity deducts, every finding counted', () => {
    const severities = [0, 1, 2, 3, 4, 4].map((severity) => finding({ touchpointId: 'p', severity }));
    const figures = figureRow([page('p', 'cart', 1_000)], severities, undefined, T0);
    expect(figures.values.findingPoints).toBe(0 + 3 + 6 + 12 + 24 + 24);
    expect(figures.findingsBySeverity).toEqual([1, 1, 1, 1, 2]);
  });
});
