import { describe, expect, it } from 'vitest';
import { MARK_COLOUR, PAINT_COLOUR, paintEvidence, type Paint } from './paint-evidence';

/** Records every fill and stroke with the style it was drawn in. */
function recorder() {
  const calls: string[] = [];
  const context = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    fillRect(x: number, y: number, w: number, h: number) {
      calls.push(`fill ${String(this.fillStyle)} ${x} ${y} ${w} ${h}`);
    },
    strokeRect(x: number, y: number, w: number, h: number) {
      calls.push(`stroke ${String(this.strokeStyle)}/${this.lineWidth} ${x} ${y} ${w} ${h}`);
    },
  };
  return { context: context as unknown as Paint, calls };
}

describe('paintEvidence', () => {
  it('paints every field opaque, scaled to image pixels and a pixel beyond its box, then marks the element', () => {
    const { context, calls } = recorder();
    paintEvidence(
      context,
      { width: 800, height: 600 },
      {
        editables: [
          { x: 10, y: 10, width: 100, height: 20 },
          { x: 10, y: 50, width: 100, height: 20 },
        ],
        marked: { x: 200, y: 100, width: 50, height: 30 },
        scale: 2,
      },
    );
    expect(calls).toEqual([
      `fill ${PAINT_COLOUR} 18 18 204 44`,
      `fill ${PAINT_COLOUR} 18 98 204 44`,
      'stroke #ffffff/12 390 190 120 80',
      `stroke ${MARK_COLOUR}/8 390 190 120 80`,
    ]);
  });

  it('marks a field after painting it, so that the mark stays visible', () => {
    const { context, calls } = recorder();
    const field = { x: 10, y: 10, width: 100, height: 20 };
    paintEvidence(context, { width: 400, height: 300 }, { editables: [field], marked: field, scale: 1 });
    expect(calls.map((c) => c.split(' ')[0])).toEqual(['fill', 'stroke', 'stroke']);
  });

  it('skips fields and a mark wholly outside the image', () => {
    const { context, calls } = recorder();
    paintEvidence(
      context,
      { width: 100, height: 100 },
      {
        editables: [{ x: 500, y: 10, width: 10, height: 10 }],
        marked: { x: 10, y: 500, width: 10, height: 10 },
        scale: 1,
      },
    );
    expect(calls).toEqual([]);
  });
});
