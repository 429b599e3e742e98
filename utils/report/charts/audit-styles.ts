import { svg, type SvgNode } from './svg-node';

/**
 * Ten colours for up to ten audits, muted and of different hue and lightness so they stay apart on screen, for the
 * common colour-vision deficiencies (after Okabe and Ito's and Tableau's palettes) and in greyscale print, where
 * each audit's pattern tells them apart as well. The baseline is always the first, a dark blue.
 */
export const AUDIT_COLOURS = [
  '#1f4e79',
  '#d9822b',
  '#3a8f5c',
  '#8e5ea2',
  '#c0504d',
  '#4bacc6',
  '#8a7a2b',
  '#d47fae',
  '#5f6b78',
  '#9c6b4e',
] as const;

/** Each audit's pattern over its colour: white strokes, so a bar reads in print without colour. */
const PATTERNS: readonly (readonly SvgNode[])[] = [
  [],
  [line(0, 0, 0, 6)],
  [svg('circle', { cx: 3, cy: 3, r: 1.2, fill: '#fff' })],
  [line(0, 3, 6, 3)],
  [line(0, 0, 0, 6), line(0, 3, 6, 3)],
  [line(3, 0, 3, 6)],
  [svg('circle', { cx: 1.5, cy: 1.5, r: 1, fill: '#fff' }), svg('circle', { cx: 4.5, cy: 4.5, r: 1, fill: '#fff' })],
  [line(0, 0, 6, 6), line(6, 0, 0, 6)],
  [line(0, 1.5, 6, 1.5), line(0, 4.5, 6, 4.5)],
  [line(1.5, 0, 1.5, 6), line(4.5, 0, 4.5, 6)],
];

function line(x1: number, y1: number, x2: number, y2: number): SvgNode {
  return svg('line', { x1, y1, x2, y2, stroke: '#fff', 'stroke-width': 1.2, 'stroke-opacity': 0.75 });
}

export const auditColour = (index: number) => AUDIT_COLOURS[index % AUDIT_COLOURS.length]!;

const patternId = (chart: string, index: number) => `${chart}-pattern-${index % PATTERNS.length}`;

/** The patterns of the first `count` audits (the first has none), for a chart's <defs>; ids carry the chart's key, unique in a page. */
export function patternDefs(chart: string, count: number): SvgNode {
  const patterns = PATTERNS.slice(0, Math.min(count, PATTERNS.length)).flatMap((strokes, i) =>
    strokes.length === 0
      ? []
      : svg(
          'pattern',
          {
            id: patternId(chart, i),
            width: 6,
            height: 6,
            patternUnits: 'userSpaceOnUse',
            patternTransform: i === 1 ? 'rotate(45)' : undefined,
          },
          [...strokes],
        ),
  );
  return svg('defs', {}, patterns);
}

/** A rectangle in an audit's colour with its pattern over it. */
export function auditRect(chart: string, index: number, box: Record<string, number>): SvgNode[] {
  const base = svg('rect', { ...box, fill: auditColour(index) });
  if (index % PATTERNS.length === 0) return [base];
  return [base, svg('rect', { ...box, fill: `url(#${patternId(chart, index)})` })];
}
