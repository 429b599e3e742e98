import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256';

// Known answers from FIPS 180-2, appendix B.
const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('sha256Hex', () => {
  it('gives the standard digests of "abc" and of nothing', async () => {
    expect(await sha256Hex('abc')).toBe(ABC);
    expect(await sha256Hex('')).toBe(EMPTY);
  });

  it('hashes a string as UTF-8', async () => {
    expect(await sha256Hex('ä')).toBe(await sha256Hex(new Uint8Array([0xc3, 0xa4])));
  });

  it('gives the same digest for the same bytes as a Blob, a Uint8Array or a view into a bigger buffer', async () => {
    const bytes = new Uint8Array([0x61, 0x62, 0x63]);
    const inBigger = new Uint8Array([0, 0x61, 0x62, 0x63, 0]).subarray(1, 4);
    expect(await sha256Hex(bytes)).toBe(ABC);
    expect(await sha256Hex(new Blob([bytes]))).toBe(ABC);
    expect(await sha256Hex(inBigger)).toBe(ABC);
  });
});
