import { describe, expect, it } from 'vitest';
import { encodeSmaller, smallest, type Encodable } from './encode';

const blob = (size: number, type: string) => new Blob([new Uint8Array(size)], { type });

describe('smallest', () => {
  it('keeps the smaller encoding', () => {
    const webp = { type: 'image/webp' as const, blob: blob(100, 'image/webp') };
    const jpeg = { type: 'image/jpeg' as const, blob: blob(80, 'image/jpeg') };
    expect(smallest([webp, jpeg])).toBe(jpeg);
    expect(smallest([{ ...webp, blob: blob(50, 'image/webp') }, jpeg])?.type).toBe('image/webp');
  });

  it('ignores an encoding that fell back to PNG, whatever its size', () => {
    const png = { type: 'image/webp' as const, blob: blob(10, 'image/png') };
    const jpeg = { type: 'image/jpeg' as const, blob: blob(80, 'image/jpeg') };
    expect(smallest([png, jpeg])).toBe(jpeg);
    expect(smallest([png])).toBeUndefined();
  });
});

describe('encodeSmaller', () => {
  it('asks the canvas for WebP and JPEG and returns the smaller', async () => {
    const asked: string[] = [];
    const canvas: Encodable = {
      convertToBlob: async ({ type }) => {
        asked.push(type);
        return blob(type === 'image/webp' ? 70 : 90, type);
      },
    };
    const best = await encodeSmaller(canvas);
    expect(asked.sort()).toEqual(['image/jpeg', 'image/webp']);
    expect(best.type).toBe('image/webp');
    expect(best.blob.size).toBe(70);
  });

  it('fails when neither type can be written', async () => {
    const canvas: Encodable = { convertToBlob: async () => blob(10, 'image/png') };
    await expect(encodeSmaller(canvas)).rejects.toThrow(/neither/);
  });
});
