import { describe, expect, it } from 'vitest';
import { translator } from '@/utils/i18n/translate';
import { sampleEvidence } from '@/utils/evidence/test-fixtures';
import { describeBadLink } from './EvidenceChainResult';

const evidence = sampleEvidence();

describe('describeBadLink', () => {
  it('names a touchpoint by its number in the journey, as the list shows it', () => {
    const tp = evidence.touchpoints[6 - 1]!;
    const bad = { kind: 'touchpoint' as const, id: tp.id, index: 9, problem: 'changed' as const };
    expect(describeBadLink(translator('en'), 'en', bad, evidence)).toBe('touchpoint 6 differs');
    expect(describeBadLink(translator('de'), 'de', bad, evidence)).toBe('Kontaktpunkt 6 weicht ab');
  });

  it('names a finding or screenshot by when it was recorded, and a missing record without one', () => {
    const finding = { kind: 'finding' as const, id: 'finding-cost', index: 7, problem: 'changed' as const };
    expect(describeBadLink(translator('en'), 'en', finding, evidence)).toMatch(
      /^the finding recorded on .*2026.* differs$/,
    );
    const gone = { kind: 'screenshot' as const, id: 'shot-gone', index: 6, problem: 'missing' as const };
    expect(describeBadLink(translator('en'), 'en', gone, evidence)).toBe('a screenshot of the walk is missing');
  });

  it('blames the seal itself when only the head differs', () => {
    expect(describeBadLink(translator('en'), 'en', 'head', evidence)).toBe(
      'the stored chain head no longer matches the records',
    );
  });
});
