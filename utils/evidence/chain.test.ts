import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical';
import { chainAudit, GENESIS } from './chain';
import type { ChainInput } from './chain-input';
import { chainOrder } from './chain-order';
import { sampleEvidence } from './test-fixtures';

/** A fixed record whose chain was computed apart from this code (`printf … | sha256sum`). */
const FIXED: ChainInput = {
  audit: {
    id: 'a1',
    startUrl: 'https://shop.example/',
    origin: 'https://shop.example',
    device: { viewportWidth: 1280, viewportHeight: 800, userAgent: 'Test', mobile: false },
    startedAt: 1_700_000_000_000,
    finishedAt: 1_700_000_060_000,
  },
  touchpoints: [
    {
      id: 't1',
      seq: 0,
      channel: 'web',
      url: 'https://shop.example/',
      origin: 'https://shop.example',
      title: 'Start',
      arrival: 'start',
      backForward: false,
      enteredAt: 1_700_000_000_000,
      leftAt: 1_700_000_060_000,
      visibleMs: 60_000,
      note: 'not chained',
    },
  ],
};

function shuffled<T>(items: readonly T[]): T[] {
  return [...items].reverse();
}

describe('chainAudit', () => {
  it('gives the known hashes for a fixed record (computed independently with sha256sum)', async () => {
    expect(await canonicalJson(chainOrder(FIXED)[1]!.facts)).toBe(
      '{"arrival":"start","backForward":false,"channel":"web","enteredAt":1700000000000,"id":"t1",' +
        '"leftAt":1700000060000,"origin":"https://shop.example","seq":0,"title":"Start",' +
        '"url":"https://shop.example/","visibleMs":60000}',
    );
    expect(await chainAudit(FIXED)).toEqual({
      head: 'eb71248ad3f8c9367c3862014c0b11ce58ebbb7ed9abbe4283a1c0ceb224aecf',
      links: [
        { kind: 'audit', id: 'a1', hash: '6f2fdee1916d942a0c2f00344409ff12b2f4ab6f131047eaa25d24991eb45519' },
        { kind: 'touchpoint', id: 't1', hash: 'eb71248ad3f8c9367c3862014c0b11ce58ebbb7ed9abbe4283a1c0ceb224aecf' },
      ],
    });
  });

  it('is deterministic: the same records give the same chain', async () => {
    const evidence = sampleEvidence();
    const first = await chainAudit(evidence);
    expect(await chainAudit(structuredClone(evidence))).toEqual(first);
    expect(first.head).toMatch(/^[0-9a-f]{64}$/);
    expect(first.head).not.toBe(GENESIS);
    expect(first.head).toBe(first.links.at(-1)!.hash);
  });

  it('does not depend on the order of the input arrays', async () => {
    const evidence = sampleEvidence();
    const reordered = {
      ...evidence,
      touchpoints: shuffled(evidence.touchpoints),
      findings: shuffled(evidence.findings),
    };
    expect(await chainAudit(reordered)).toEqual(await chainAudit(evidence));
  });

  it('links the audit first, then every record in the order recorded, merged by time', async () => {
    const { links } = await chainAudit(sampleEvidence());
    expect(links.map((l) => l.kind)).toEqual([
      'audit',
      'touchpoint',
      'touchpoint',
      'touchpoint',
      'finding', // the slow-page proposal, half-way through the product page
      'touchpoint',
      'screenshot', // the cart's screenshot and the finding flagged with it, in one millisecond: the picture first
      'finding',
      'touchpoint',
      'touchpoint',
    ]);
  });

  it('orders touchpoints entered in one millisecond by their place in the journey, then by id', async () => {
    const evidence = sampleEvidence();
    const at = evidence.touchpoints[0]!.enteredAt;
    const sameMoment = evidence.touchpoints.map((tp) => ({ ...tp, enteredAt: at }));
    const { links } = await chainAudit({ audit: evidence.audit, touchpoints: shuffled(sameMoment) });
    expect(links.slice(1).map((l) => l.id)).toEqual(evidence.touchpoints.map((tp) => tp.id));
  });

  it('hashes a screenshot by its pixels, whether they come as a Blob or as bytes', async () => {
    const evidence = sampleEvidence();
    const asBytes = await Promise.all(
      evidence.screenshots.map(async (s) => ({ ...s, image: new Uint8Array(await s.image.arrayBuffer()) })),
    );
    expect(await chainAudit({ ...evidence, screenshots: asBytes })).toEqual(await chainAudit(evidence));
  });
});
