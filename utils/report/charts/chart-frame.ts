import { auditRect, patternDefs } from './audit-styles';
import { px, svg, type SvgNode } from './svg-node';

/** Every chart is this wide in its own units; it scales to the page, and its height follows its content. */
export const CHART_WIDTH = 720;
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
export const INK = '#1f2933';
export const MUTED = '#616e7c';
export const RULE = '#d5dbe1';

export interface ChartText {
  /** What the chart shows, for its <title> and aria-label. */
  title: string;
  /** How to read it, for its <desc>. */
  desc: string;
}

/**
 * A chart's <svg>: a fixed viewBox, role="img" with the title as its name and the description in <desc>, the
 * patterns of `audits` audits, and `body`.
 */
export function chartFrame(key: string, text: ChartText, height: number, audits: number, body: SvgNode[]): SvgNode {
  return svg(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${CHART_WIDTH} ${px(height)}`,
      role: 'img',
      'aria-label': text.title,
      'font-family': FONT,
      'font-size': 11,
      fill: INK,
      'data-chart': key,
    },
    [svg('title', {}, text.title), svg('desc', {}, text.desc), patternDefs(key, audits), ...body],
  );
}

/** Text at (x, y); `anchor` start, middle or end. */
export function label(x: number, y: number, text: string, attrs: Record<string, string | number> = {}): SvgNode {
  return svg('text', { x: px(x), y: px(y), ...attrs }, text);
}

const LEGEND_COLUMN = 176;

/** A legend of the audits' colours and patterns with their names, four to a line; returns it and its height. */
export function legend(key: string, labels: readonly string[], y: number): { node: SvgNode; height: number } {
  const perLine = Math.floor(CHART_WIDTH / LEGEND_COLUMN);
  const items = labels.map((name, i) => {
    const x = (i % perLine) * LEGEND_COLUMN;
    const top = y + Math.floor(i / perLine) * 18;
    return svg('g', {}, [
      ...auditRect(key, i, { x, y: top, width: 14, height: 12 }),
      label(x + 19, top + 10, `${i + 1} ${truncate(name, 24)}`),
    ]);
  });
  return { node: svg('g', { 'data-part': 'legend' }, items), height: Math.ceil(labels.length / perLine) * 18 + 6 };
}

/** A name cut to `max` characters with an ellipsis: SVG text does not wrap, and long shop names would overlap. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
