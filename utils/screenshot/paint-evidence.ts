import type { Box } from '../measure/layout';
import { toImageRect, type Size } from './geometry';

/** The opaque fill over every field: a flat slate grey, plainly "hidden here", that no typed text survives. */
export const PAINT_COLOUR = '#64748b';
/** The mark around the flagged element: red inside a white line, visible on light and dark pages alike. */
export const MARK_COLOUR = '#dc2626';
const MARK_HALO = '#ffffff';
/** CSS pixels: fields are painted a pixel beyond their box (focus rings, anti-aliasing); the mark sits outside. */
const FIELD_MARGIN = 1;
export const MARK_GAP = 3;
export const MARK_WIDTH = 4;

/** The part of a 2D canvas context the painting needs (OffscreenCanvas in the worker, a fake in tests). */
export type Paint = Pick<
  OffscreenCanvasRenderingContext2D,
  'fillStyle' | 'fillRect' | 'strokeStyle' | 'lineWidth' | 'strokeRect'
>;

export interface Evidence {
  /** Fields and editable elements, CSS pixels of the viewport. */
  editables: readonly Box[];
  /** The flagged element, CSS pixels of the viewport. */
  marked: Box;
  /** Image pixels per CSS pixel. */
  scale: number;
}

/**
 * Paints over every field (so that nothing typed is kept in pixels), then draws the mark around the flagged
 * element on top: when the element is itself a field, it is hidden and still marked.
 */
export function paintEvidence(context: Paint, image: Size, { editables, marked, scale }: Evidence): void {
  context.fillStyle = PAINT_COLOUR;
  for (const box of editables) {
    const rect = toImageRect(box, scale, image, FIELD_MARGIN);
    if (rect) context.fillRect(rect.x, rect.y, rect.width, rect.height);
  }
  // A stroke is centred on its path: the red line's outer edge lies MARK_GAP + MARK_WIDTH outside the element.
  const line = Math.max(1, Math.round(MARK_WIDTH * scale));
  const mark = toImageRect(marked, scale, image, MARK_GAP + MARK_WIDTH / 2);
  if (!mark) return;
  context.lineWidth = line + 2 * Math.max(1, Math.round(scale));
  context.strokeStyle = MARK_HALO;
  context.strokeRect(mark.x, mark.y, mark.width, mark.height);
  context.lineWidth = line;
  context.strokeStyle = MARK_COLOUR;
  context.strokeRect(mark.x, mark.y, mark.width, mark.height);
}
