import type { Box } from '../measure/layout';
import { encodeAs, encodeSmaller, type ImageType } from './encode';
import { captureScale, thumbnailSize } from './geometry';
import { paintEvidence } from './paint-evidence';

export interface Rendered {
  type: ImageType;
  width: number;
  height: number;
  image: Blob;
  thumbnail: Blob;
}

export interface RenderInput {
  /** The capture as `captureVisibleTab` gives it (a PNG data URL). */
  dataUrl: string;
  editables: readonly Box[];
  marked: Box;
  viewport: { width: number; height: number };
  devicePixelRatio: number;
}

function context2d(canvas: OffscreenCanvas): OffscreenCanvasRenderingContext2D {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas in this worker.');
  return context;
}

/**
 * Turns a capture into the stored screenshot, in the service worker (no DOM there: createImageBitmap and
 * OffscreenCanvas): fields painted over, the element marked, encoded as the smaller of WebP and JPEG, and a
 * thumbnail of the painted image in the same type. The unpainted pixels never leave this function.
 */
export async function renderScreenshot(input: RenderInput): Promise<Rendered> {
  const bitmap = await createImageBitmap(await (await fetch(input.dataUrl)).blob());
  const size = { width: bitmap.width, height: bitmap.height };
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = context2d(canvas);
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const scale = captureScale(size, input.viewport, input.devicePixelRatio);
  paintEvidence(context, size, { editables: input.editables, marked: input.marked, scale });
  const { type, blob } = await encodeSmaller(canvas);

  const small = thumbnailSize(size);
  const thumbCanvas = new OffscreenCanvas(small.width, small.height);
  const thumbContext = context2d(thumbCanvas);
  thumbContext.imageSmoothingQuality = 'high';
  thumbContext.drawImage(canvas, 0, 0, small.width, small.height);
  return { type, ...size, image: blob, thumbnail: await encodeAs(thumbCanvas, type) };
}
