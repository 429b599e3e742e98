import { describe, expect, it } from 'vitest';
import { localDay } from '../../format/date-time';
import { auditLabels } from './audit-labels';

const DAY = Date.UTC(2026, 10, 23, 12);

describe('auditLabels', () => {
  it('names an audit by its shop, adding the day for a shop walked twice and a number for twice a day', () => {
    const labels = auditLabels([
      { shopName: 'Alpha', startedAt: DAY },
      { shopName: 'Beta', startedAt: DAY },
      { shopName: 'Beta', startedAt: DAY + 86_400_000 },
      { shopName: 'Gamma', startedAt: DAY },
      { shopName: 'Gamma', startedAt: DAY + 60_000 },
    ]);
    const next = localDay(DAY + 86_400_000);
    expect(labels).toEqual([
      'Alpha',
      `Beta (${localDay(DAY)})`,
      `Beta (${next})`,
      `Gamma (${localDay(DAY)}) #1`,
      `Gamma (${localDay(DAY)}) #2`,
    ]);
  });
});
