import { auditRect } from './audit-styles';
import { CHART_WIDTH, INK, label, MUTED, RULE, truncate } from './chart-frame';
import { px, svg, type SvgNode } from './svg-node';

/** One bar: the audit it belongs to (its index, for colour and pattern), its value (absent: a gap) and its text. */
export interface Bar {
  audit: number;
  value?: number;
  text: string;
}

export interface BarGroup {
  label: string;
  bars: Bar[];
}

/** A vertical line across the panel at `value`, with its label above: a reference figure or a threshold. */
export interface ReferenceLine {
  value: number;
  label: string;
  dash?: string;
}

export interface BarPanel {
  key: string;
  groups: BarGroup[];
  /** The value at the right end of the scale; bars are drawn from 0 in proportion to it. */
  max: number;
  ticks: { value: number; text: string }[];
  references?: ReferenceLine[];
  /** Where the panel starts. */
  top: number;
  /** Bar thickness (smaller for many audits). */
  barHeight: number;
}

export const LABEL_WIDTH = 170;
const PLOT_RIGHT = CHART_WIDTH - 48;
export const PLOT_WIDTH = PLOT_RIGHT - LABEL_WIDTH;
const GAP = 2;
const GROUP_GAP = 10;
const AXIS = 16;

/** Where `value` lies on the panel's scale, in chart units from the left. */
export const scaleX = (value: number, max: number) =>
  LABEL_WIDTH + (Math.max(0, Math.min(value, max)) / max) * PLOT_WIDTH;

/**
 * Horizontal bars, grouped (a stage, a dimension, an audit), on a scale from 0 to `max`, with the value written at
 * each bar's end and a dash, drawn without a bar, where a value is missing: a gap is never a bar of zero. Returns
 * the nodes and the height used.
 */
export function barPanel(panel: BarPanel): { nodes: SvgNode[]; height: number } {
  const { key, groups, max, ticks, references = [], top, barHeight } = panel;
  const plotTop = top + AXIS + (references.length ? 26 : 0);
  const nodes: SvgNode[] = [];
  let y = plotTop;
  for (const group of groups) {
    const height = group.bars.length * (barHeight + GAP) - GAP;
    nodes.push(label(LABEL_WIDTH - 8, y + height / 2 + 4, truncate(group.label, 28), { 'text-anchor': 'end' }));
    for (const bar of group.bars) {
      nodes.push(barNode(key, bar, y, barHeight, max));
      y += barHeight + GAP;
    }
    y += GROUP_GAP - GAP;
  }
  const bottom = y - GROUP_GAP + GAP;
  const grid = ticks.map((tick) =>
    svg('g', {}, [
      svg('line', {
        x1: px(scaleX(tick.value, max)),
        x2: px(scaleX(tick.value, max)),
        y1: plotTop - 4,
        y2: px(bottom),
        stroke: RULE,
      }),
      label(scaleX(tick.value, max), plotTop - 6, tick.text, { 'text-anchor': 'middle', fill: MUTED, 'font-size': 9 }),
    ]),
  );
  const lines = references.map((ref, i) => referenceLine(ref, max, top + (i % 2 === 0 ? 10 : 22), bottom));
  return { nodes: [...grid, ...nodes, ...lines], height: bottom - top + 4 };
}

function barNode(key: string, bar: Bar, y: number, height: number, max: number): SvgNode {
  const textY = y + height / 2 + 3.5;
  if (bar.value === undefined)
    return svg('g', { 'data-gap': 'true' }, [label(LABEL_WIDTH + 4, textY, '—', { fill: MUTED })]);
  const width = scaleX(bar.value, max) - LABEL_WIDTH;
  return svg('g', { 'data-value': px(bar.value) }, [
    ...auditRect(key, bar.audit, { x: LABEL_WIDTH, y: px(y), width: px(width), height }),
    label(LABEL_WIDTH + width + 4, textY, bar.text, { 'font-size': Math.min(10, height + 1) }),
  ]);
}

function referenceLine(ref: ReferenceLine, max: number, labelY: number, bottom: number): SvgNode {
  const x = px(scaleX(ref.value, max));
  return svg('g', { 'data-reference': ref.value }, [
    svg('line', {
      x1: x,
      x2: x,
      y1: labelY + 3,
      y2: px(bottom + 2),
      stroke: INK,
      'stroke-width': 1.2,
      'stroke-dasharray': ref.dash ?? '4 3',
    }),
    label(x, labelY, ref.label, { 'text-anchor': 'middle', 'font-size': 9.5 }),
  ]);
}
