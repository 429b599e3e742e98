import { describe, expect, it } from 'vitest';
import { chainAudit } from './chain';
import {
  CHAINED_AUDIT_FIELDS,
  CHAINED_FINDING_FIELDS,
  CHAINED_SCREENSHOT_FIELDS,
  CHAINED_TOUCHPOINT_FIELDS,
} from './chained-fields';
import { verifyChain } from './verify-chain';
import { sampleEvidence, type Evidence } from './test-fixtures';

/** A different value of the same kind: a number one more, a string longer, one leaf deep inside an object. */
function altered(value: unknown): unknown {
  if (value === undefined) return 1;
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'string') return `${value}x`;
  if (typeof value === 'boolean') return !value;
  if (value instanceof Blob) return new Blob([new Uint8Array([9]), value]);
  if (Array.isArray(value)) return value.length ? [altered(value[0]), ...value.slice(1)] : [1];
  if (value && typeof value === 'object') {
    const [key, inner] = Object.entries(value)[0] ?? ['added', undefined];
    return { ...value, [key]: altered(inner) };
  }
  throw new Error(`no alteration for ${String(value)}`);
}

type Kind = 'audit' | 'touchpoints' | 'findings' | 'screenshots';

/** The sample with one field of one record changed: the audit, or the record at `index` of a list. */
function withChange(evidence: Evidence, kind: Kind, field: string, index = 0): Evidence {
  const change = <T extends object>(record: T): T => ({
    ...record,
    [field]: altered((record as Record<string, unknown>)[field]),
  });
  if (kind === 'audit') return { ...evidence, audit: change(evidence.audit) };
  const list = evidence[kind] as object[];
  return { ...evidence, [kind]: list.map((r, i) => (i === index ? change(r) : r)) };
}

const chained: [Kind, string, number][] = [
  ...CHAINED_AUDIT_FIELDS.map((f): [Kind, string, number] => ['audit', f, 0]),
  // The product page: it has timing and a stage, so nested values and unset ones are both altered.
  ...CHAINED_TOUCHPOINT_FIELDS.map((f): [Kind, string, number] => ['touchpoints', f, 2]),
  ...CHAINED_FINDING_FIELDS.map((f): [Kind, string, number] => ['findings', f, 1]),
  ...CHAINED_SCREENSHOT_FIELDS.map((f): [Kind, string, number] => ['screenshots', f, 0]),
];

const unchained: [Kind, string, unknown][] = [
  ['audit', 'shopName', 'Regenwald Outdoor GmbH'],
  ['audit', 'scenario', 'Guest purchase'],
  ['audit', 'auditorName', 'J. Weber'],
  ['audit', 'notes', 'Written after the walk.'],
  ['audit', 'updatedAt', Date.UTC(2026, 11, 1)],
  ['touchpoints', 'note', 'Added in the office.'],
  ['touchpoints', 'stage', 'cart'],
  ['touchpoints', 'stageSource', 'auditor'],
  ['findings', 'verdict', 'dismissed'],
  ['findings', 'note', 'Checked with the shop.'],
  ['findings', 'decidedAt', Date.UTC(2026, 11, 1)],
  ['screenshots', 'thumbnail', new Blob([new Uint8Array([1])])],
];

describe('verifyChain', () => {
  it('accepts the records it was sealed over', async () => {
    const evidence = sampleEvidence();
    const { head, links } = await chainAudit(evidence);
    expect(await verifyChain(evidence, head, links)).toEqual({ ok: true });
    expect(await verifyChain(evidence, head)).toEqual({ ok: true });
  });

  it.each(chained)('detects a changed %s field "%s" and names that record', async (kind, field, index) => {
    const evidence = sampleEvidence();
    const { head, links } = await chainAudit(evidence);
    const tampered = withChange(evidence, kind, field, index);
    const record = kind === 'audit' ? evidence.audit : evidence[kind][index]!;
    const result = await verifyChain(tampered, head, links);
    // A record under another id is another record: the one sealed is gone and a new one appeared in its place.
    const expected = field === 'id' ? { id: `${record.id}x`, problem: 'added' } : { id: record.id, problem: 'changed' };
    expect(result).toMatchObject({ ok: false, firstBadLink: expected });
    expect(await verifyChain(tampered, head)).toEqual({ ok: false, firstBadLink: 'head' });
  });

  it.each(unchained)('lets the auditor change the %s field "%s" after the walk', async (kind, field, value) => {
    const evidence = sampleEvidence();
    const { head, links } = await chainAudit(evidence);
    const edited =
      kind === 'audit'
        ? { ...evidence, audit: { ...evidence.audit, [field]: value } }
        : { ...evidence, [kind]: (evidence[kind] as object[]).map((r) => ({ ...r, [field]: value })) };
    expect(await verifyChain(edited, head, links)).toEqual({ ok: true });
  });

  it('names the index the record has in the chain, the audit being 0', async () => {
    const evidence = sampleEvidence();
    const { head, links } = await chainAudit(evidence);
    const result = await verifyChain(withChange(evidence, 'touchpoints', 'url', 3), head, links);
    expect(result).toEqual({
      ok: false,
      firstBadLink: { kind: 'touchpoint', id: evidence.touchpoints[3]!.id, index: 5, problem: 'changed' },
    });
    expect(links[5]!.id).toBe(evidence.touchpoints[3]!.id);
  });

  it('names the first changed record when several changed, not every one after it', async () => {
    const evidence = sampleEvidence();
    const { head, links } = await chainAudit(evidence);
    const twice = withChange(withChange(evidence, 'touchpoints', 'title', 4), 'touchpoints', 'title', 1);
    expect(await verifyChain(twice, head, links)).toMatchObject({
      firstBadLink: { id: evidence.touchpoints[1]!.id, index: 2, problem: 'changed' },
    });
  });

  it('names a record added after the seal', async () => {
    const evidence = sampleEvidence();
    const { head, links } = await chainAudit(evidence);
    const late = { ...evidence.findings[1]!, id: 'finding-late', createdAt: evidence.audit.finishedAt! + 60_000 };
    const added = { ...evidence, findings: [...evidence.findings, late] };
    expect(await verifyChain(added, head, links)).toEqual({
      ok: false,
      firstBadLink: { kind: 'finding', id: 'finding-late', index: links.length, problem: 'added' },
    });
  });

  it('names a sealed record that is gone', async () => {
    const evidence = sampleEvidence();
    const { head, links } = await chainAudit(evidence);
    const removed = { ...evidence, screenshots: [] };
    expect(await verifyChain(removed, head, links)).toEqual({
      ok: false,
      firstBadLink: { kind: 'screenshot', id: 'shot-cart', index: 6, problem: 'missing' },
    });
  });

  it('blames the head when the records match their links but the head was replaced', async () => {
    const evidence = sampleEvidence();
    const { links } = await chainAudit(evidence);
    expect(await verifyChain(evidence, 'f'.repeat(64), links)).toEqual({ ok: false, firstBadLink: 'head' });
  });

  it('cannot be fooled by a record moved to another time: the move itself is a change', async () => {
    const evidence = sampleEvidence();
    const { head, links } = await chainAudit(evidence);
    const first = evidence.findings[0]!;
    const moved = {
      ...evidence,
      findings: [{ ...first, createdAt: evidence.audit.startedAt + 1 }, evidence.findings[1]!],
    };
    expect(await verifyChain(moved, head, links)).toMatchObject({
      ok: false,
      firstBadLink: { id: first.id, problem: 'changed' },
    });
  });
});
