import type { Box } from '../measure/layout';

export interface Size {
  width: number;
  height: number;
}

/** A rectangle in whole image pixels. */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Image pixels per CSS pixel. The capture is of the viewport the picker measured, so its width says the scale
 * (it also holds under page zoom, where devicePixelRatio alone would not); devicePixelRatio is the fallback.
 */
export function captureScale(image: Size, viewport: Size, devicePixelRatio: number): number {
  return viewport.width > 0 && image.width > 0 ? image.width / viewport.width : devicePixelRatio;
}

/**
 * A CSS-pixel box as whole image pixels, grown by `margin` CSS pixels on each side, rounded outwards (so that a
 * painted field's anti-aliased edge is covered too) and clipped to the image; undefined when nothing is left.
 */
export function toImageRect(box: Box, scale: number, image: Size, margin = 0): PixelRect | undefined {
  const left = Math.max(0, Math.floor((box.x - margin) * scale));
  const top = Math.max(0, Math.floor((box.y - margin) * scale));
  const right = Math.min(image.width, Math.ceil((box.x + box.width + margin) * scale));
  const bottom = Math.min(image.height, Math.ceil((box.y + box.height + margin) * scale));
  return right > left && bottom > top ? { x: left, y: top, width: right - left, height: bottom - top } : undefined;
}

/** Width of the thumbnail kept for lists, in pixels. */
export const THUMBNAIL_WIDTH = 320;

/** The thumbnail's size: THUMBNAIL_WIDTH wide at the image's aspect ratio; never larger than the image. */
export function thumbnailSize(image: Size): Size {
  if (image.width <= THUMBNAIL_WIDTH) return { width: image.width, height: image.height };
  return { width: THUMBNAIL_WIDTH, height: Math.max(1, Math.round((image.height * THUMBNAIL_WIDTH) / image.width)) };
}
