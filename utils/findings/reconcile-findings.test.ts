import { describe, expect, it } from 'vitest';
import type { Finding } from '../model/finding';
import { findingRecordSchema, type FindingRecord } from '../model/finding-record';
import { proposalKeys, reconcileFindings } from './reconcile-findings';

const proposal = (overrides: Partial<Finding> = {}): Finding => ({
  ruleId: 'rage-click',
  severity: 2,
  touchpointId: 'tp1',
  evidence: { selector: '#buy', values: { clicks: 3 } },
  ...overrides,
});

function context() {
  let n = 0;
  return { auditId: 'a1', at: 5_000, newId: () => `f${++n}` };
}

/** Stores what a first run adds, as the database would. */
function firstRun(proposals: Finding[]): FindingRecord[] {
  return reconcileFindings([], proposals, context()).add;
}

describe('reconcileFindings', () => {
  it('adds every new proposal as a valid, undecided rule finding', () => {
    const added = firstRun([proposal(), proposal({ ruleId: 'long-checkout', touchpointId: undefined })]);
    expect(added).toHaveLength(2);
    for (const f of added) expect(findingRecordSchema.parse(f)).toEqual(f);
    expect(added[0]).toMatchObject({ id: 'f1', auditId: 'a1', verdict: 'proposed', source: 'rule', createdAt: 5_000 });
    expect(added[1]).not.toHaveProperty('touchpointId');
  });

  it('changes nothing when the rules propose the same again', () => {
    const stored = firstRun([proposal(), proposal({ ruleId: 'no-help' })]);
    expect(reconcileFindings(stored, [proposal(), proposal({ ruleId: 'no-help' })], context())).toEqual({
      add: [],
      update: [],
      remove: [],
    });
  });

  it('keeps the record and its verdict when a proposal comes back with new evidence', () => {
    const [stored] = firstRun([proposal()]);
    const confirmed = { ...stored!, verdict: 'confirmed' as const, decidedAt: 6_000 };
    const grown = proposal({ severity: 3, evidence: { selector: '#buy', values: { clicks: 7 } } });
    const changes = reconcileFindings([confirmed], [grown], context());
    expect(changes.add).toEqual([]);
    expect(changes.update).toEqual([{ ...confirmed, severity: 3, evidence: grown.evidence }]);
  });

  it('removes an undecided proposal the rules no longer make, and keeps decided ones', () => {
    const [a, b, c] = firstRun([
      proposal({ evidence: { selector: '#a', values: {} } }),
      proposal({ evidence: { selector: '#b', values: {} } }),
      proposal({ evidence: { selector: '#c', values: {} } }),
    ]);
    const stored = [a!, { ...b!, verdict: 'confirmed' as const }, { ...c!, verdict: 'dismissed' as const }];
    expect(reconcileFindings(stored, [], context())).toEqual({ add: [], update: [], remove: [a!.id] });
  });

  it('never touches the auditor’s own findings', () => {
    const own: FindingRecord = {
      ...firstRun([proposal()])[0]!,
      source: 'auditor',
      ruleId: 'manual',
      key: '',
      verdict: 'confirmed',
    };
    expect(reconcileFindings([own], [], context())).toEqual({ add: [], update: [], remove: [] });
    expect(reconcileFindings([own], [proposal()], context()).add).toHaveLength(1);
  });

  it('tells apart the same rule on another touchpoint, another element, and a repeat on one element', () => {
    const keys = proposalKeys([
      proposal(),
      proposal({ touchpointId: 'tp2' }),
      proposal({ evidence: { selector: '#other', values: {} } }),
      proposal(),
      proposal({ touchpointId: undefined }),
    ]);
    expect(new Set(keys).size).toBe(5);
    expect(keys[3]).not.toBe(keys[0]);
    const stored = firstRun([proposal(), proposal()]);
    const [first, second] = stored;
    const decided = [{ ...first!, verdict: 'dismissed' as const }, second!];
    // The second burst is gone: the first keeps its verdict, the undecided second is removed.
    expect(reconcileFindings(decided, [proposal()], context())).toEqual({ add: [], update: [], remove: [second!.id] });
  });
});
