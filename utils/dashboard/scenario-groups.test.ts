import { describe, expect, it } from 'vitest';
import { scenarioGroups } from './scenario-groups';

const audit = (id: string, scenario: string) => ({ id, scenario });

describe('scenarioGroups', () => {
  it('groups the scenarios with three or more audits, in the order they first appear', () => {
    const audits = [
      audit('1', 'Returns'),
      audit('2', 'Guest checkout'),
      audit('3', 'Guest checkout'),
      audit('4', 'Returns'),
      audit('5', 'Guest checkout'),
      audit('6', 'Returns'),
      audit('7', 'Newsletter'),
      audit('8', 'Newsletter'),
    ];
    expect(scenarioGroups(audits)).toEqual([
      { scenario: 'Returns', auditIds: ['1', '4', '6'] },
      { scenario: 'Guest checkout', auditIds: ['2', '3', '5'] },
    ]);
  });

  it('leaves audits without a scenario out', () => {
    expect(scenarioGroups([audit('1', ''), audit('2', ''), audit('3', ' ')])).toEqual([]);
  });
});
