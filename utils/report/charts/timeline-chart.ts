import { formatDuration } from '../../format/duration';
import type { DocumentAudit } from '../document/report-document';
import type { TimelineBar, TimelineMark } from '../document/journey-timeline';
import { rowLabel } from '../row-label';
import { LABEL_WIDTH, PLOT_WIDTH } from './bar-panel';
import { auditColour } from './audit-styles';
import { chartFrame, label, MUTED, RULE, truncate } from './chart-frame';
import type { ChartBuilder, ChartContext } from './report-chart';
import { timeScale } from './scale-ticks';
import { px, svg, type SvgNode } from './svg-node';

const AXIS = 18;
const LANE = 40;
const BAR_TOP = 16;
const BAR_HEIGHT = 18;
/** Nielsen's severities, lighter for the harmless ones; the digit in each mark says it without colour. */
const SEVERITY_COLOURS = ['#9aa5b1', '#7b8794', '#b7791f', '#c05621', '#9b2c2c'] as const;

/** A tick's time: a clock reading on an axis of a minute or more ("0:00", "1:30"), else seconds. */
function tickText(ms: number, end: number, context: ChartContext): string {
  if (end < 60_000) return formatDuration(ms, context.locale);
  const minutes = Math.floor(ms / 60_000);
  const seconds = String(Math.floor((ms % 60_000) / 1_000)).padStart(2, '0');
  return minutes >= 60
    ? `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** Text fits a bar when its characters (about 5.6 units each at this size) and a margin do. */
const fits = (text: string, width: number) => text.length * 5.6 + 8 <= width;

function barNode(
  bar: TimelineBar,
  index: number,
  x: (ms: number) => number,
  y: number,
  context: ChartContext,
): SvgNode {
  const left = x(bar.startMs);
  const width = Math.max(1.5, x(bar.endMs) - left);
  const stage = rowLabel(bar.row, context.t);
  const web = bar.channel === 'web';
  const colour = auditColour(index);
  const box = { x: px(left), y, width: px(width), height: BAR_HEIGHT };
  const rect = web
    ? svg('rect', { ...box, fill: colour, stroke: '#fff', 'stroke-width': 1 })
    : svg('rect', { ...box, fill: '#fff', stroke: colour, 'stroke-width': 1.5, 'stroke-dasharray': '3 2' });
  const tip = `${stage}: ${bar.title} (${formatDuration(bar.endMs - bar.startMs, context.locale)})`;
  const text = fits(stage, width)
    ? [label(left + 4, y + 12.5, stage, { 'font-size': 9.5, fill: web ? '#fff' : colour })]
    : [];
  return svg('g', { 'data-touchpoint': bar.touchpointId }, [svg('title', {}, tip), rect, ...text]);
}

function markNode(mark: TimelineMark, x: (ms: number) => number, y: number, context: ChartContext): SvgNode {
  const severity = Math.max(0, Math.min(4, Math.round(mark.severity))) as 0 | 1 | 2 | 3 | 4;
  const tip = context.t('report.markTitle', {
    severity,
    word: context.t(`severity.${severity}`),
    time: formatDuration(mark.atMs, context.locale),
  });
  return svg('g', { 'data-finding': mark.findingId }, [
    svg('title', {}, tip),
    svg('circle', { cx: px(x(mark.atMs)), cy: y, r: 6, fill: SEVERITY_COLOURS[severity], stroke: '#fff' }),
    label(x(mark.atMs), y + 3, String(severity), {
      'text-anchor': 'middle',
      'font-size': 8,
      fill: '#fff',
      'font-weight': 700,
    }),
  ]);
}

function lane(audit: DocumentAudit, index: number, top: number, x: (ms: number) => number, context: ChartContext) {
  return svg('g', { 'data-lane': audit.id }, [
    label(LABEL_WIDTH - 8, top + BAR_TOP + 13, truncate(audit.label, 28), { 'text-anchor': 'end' }),
    ...audit.timeline.bars.map((bar) => barNode(bar, index, x, top + BAR_TOP, context)),
    ...audit.timeline.marks.map((mark) => markNode(mark, x, top + 8, context)),
  ]);
}

/**
 * Each journey on one time axis from the start of its walk: a lane per audit, its touchpoints as bars (pages filled,
 * contacts off the web outlined), its confirmed findings as numbered circles at the moment they were recorded.
 */
export const timelineChart: ChartBuilder = (doc, context) => {
  const longest = Math.max(...doc.audits.map((a) => a.timeline.durationMs));
  if (doc.audits.every((a) => a.timeline.bars.length === 0)) return undefined;
  const scale = timeScale(longest);
  const x = (ms: number) => LABEL_WIDTH + (ms / scale.end) * PLOT_WIDTH;
  const height = AXIS + doc.audits.length * LANE;
  const grid = scale.ticks.map((ms) =>
    svg('g', {}, [
      svg('line', { x1: px(x(ms)), x2: px(x(ms)), y1: AXIS - 4, y2: height, stroke: RULE }),
      label(x(ms), AXIS - 7, tickText(ms, scale.end, context), {
        'text-anchor': 'middle',
        fill: MUTED,
        'font-size': 9,
      }),
    ]),
  );
  const lanes = doc.audits.map((audit, i) => lane(audit, i, AXIS + i * LANE, x, context));
  const title = context.t('report.chart.timeline');
  const svgNode = chartFrame('timeline', { title, desc: context.t('report.chart.timelineDesc') }, height, 0, [
    ...grid,
    ...lanes,
  ]);
  return { key: 'timeline', title, svg: svgNode };
};
