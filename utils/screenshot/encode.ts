import type { Screenshot } from '../model/screenshot';

export type ImageType = Screenshot['type'];

/** Quality for both lossy encoders: text in the shop stays legible; measured at about 100-250 KB for 1280 × 720. */
export const ENCODE_QUALITY = 0.82;

/** The canvas method the encoders need: OffscreenCanvas.convertToBlob. */
export interface Encodable {
  convertToBlob(options: { type: string; quality: number }): Promise<Blob>;
}

/**
 * The smallest of the encodings that came out in the type asked for. A browser that cannot write a type answers
 * with PNG instead (the canvas spec's fallback), which is not what was asked for, so it does not count.
 */
export function smallest(
  encodings: readonly { type: ImageType; blob: Blob }[],
): { type: ImageType; blob: Blob } | undefined {
  const usable = encodings.filter((e) => e.blob.type === e.type && e.blob.size > 0);
  return usable.reduce<(typeof usable)[number] | undefined>(
    (best, e) => (!best || e.blob.size < best.blob.size ? e : best),
    undefined,
  );
}

/** Encodes as WebP and as JPEG and keeps the smaller: which wins depends on the page (photos or flat UI). */
export async function encodeSmaller(canvas: Encodable): Promise<{ type: ImageType; blob: Blob }> {
  const types: ImageType[] = ['image/webp', 'image/jpeg'];
  const encodings = await Promise.all(
    types.map(async (type) => ({ type, blob: await canvas.convertToBlob({ type, quality: ENCODE_QUALITY }) })),
  );
  const best = smallest(encodings);
  if (!best) throw new Error('The browser encodes neither WebP nor JPEG.');
  return best;
}

export function encodeAs(canvas: Encodable, type: ImageType): Promise<Blob> {
  return canvas.convertToBlob({ type, quality: ENCODE_QUALITY });
}
