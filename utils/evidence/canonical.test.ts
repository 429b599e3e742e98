import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical';

const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no spaces', async () => {
    expect(await canonicalJson({ b: 1, a: { d: [true, null], c: 'x' } })).toBe('{"a":{"c":"x","d":[true,null]},"b":1}');
  });

  it('gives the same text whatever order the keys were written in', async () => {
    expect(await canonicalJson({ x: 1, y: { p: 2, q: 3 } })).toBe(await canonicalJson({ y: { q: 3, p: 2 }, x: 1 }));
  });

  it('sorts keys by code unit, not by locale: capitals before lower case, "Z" before "a"', async () => {
    expect(await canonicalJson({ a: 1, Z: 2, ä: 3, _: 4 })).toBe('{"Z":2,"_":4,"a":1,"ä":3}');
  });

  it('writes numbers exactly, in their shortest form', async () => {
    expect(await canonicalJson([0.1 + 0.2, 1e21, 1_700_000_000_123, -0, 2.5])).toBe(
      '[0.30000000000000004,1e+21,1700000000123,0,2.5]',
    );
  });

  it('keeps strings exactly: quotes, control characters and non-Latin text', async () => {
    expect(await canonicalJson('Grüße "Kasse"\n\u0001€')).toBe('"Grüße \\"Kasse\\"\\n\\u0001€"');
  });

  it('leaves out absent and undefined properties, so an optional field unset reads the same either way', async () => {
    expect(await canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('writes bytes by their own SHA-256, the same for a Blob and a Uint8Array', async () => {
    const bytes = new Uint8Array([0x61, 0x62, 0x63]);
    expect(await canonicalJson({ image: bytes })).toBe(`{"image":{"$sha256":"${ABC}"}}`);
    expect(await canonicalJson({ image: new Blob([bytes]) })).toBe(`{"image":{"$sha256":"${ABC}"}}`);
  });

  it('refuses what JSON cannot say exactly instead of converting it', async () => {
    await expect(canonicalJson(Number.NaN)).rejects.toThrow(TypeError);
    await expect(canonicalJson(Number.POSITIVE_INFINITY)).rejects.toThrow(TypeError);
    await expect(canonicalJson(new Date(0))).rejects.toThrow(/Date/);
    await expect(canonicalJson(new Map())).rejects.toThrow(/Map/);
    await expect(canonicalJson(() => 1)).rejects.toThrow(/function/);
    await expect(canonicalJson([1, undefined])).rejects.toThrow(/gap/);
  });
});
