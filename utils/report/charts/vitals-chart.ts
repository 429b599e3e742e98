import type { RatedVital } from '../../measure/vitals-rating';
import { formatVital } from '../format-metric';
import type { VitalReference } from '../document/reference-figures';
import { barPanel } from './bar-panel';
import { chartFrame, label } from './chart-frame';
import type { ChartBuilder, ChartContext } from './report-chart';
import type { ReportDocument } from '../document/report-document';
import type { SvgNode } from './svg-node';
import { niceScale } from './scale-ticks';

const PANEL_GAP = 14;

/** One vital's panel: its name, a bar per audit (a gap where no page measured it), the good and poor lines. */
function vitalPanel(doc: ReportDocument, ref: VitalReference, top: number, { t, locale }: ChartContext) {
  const vital: RatedVital = ref.vital;
  const values = doc.audits.map((a) => a.vitals[vital]?.value);
  const scale = niceScale(Math.max(ref.poor * 1.2, ...values.map((v) => v ?? 0)));
  const panel = barPanel({
    key: 'vitals',
    groups: doc.audits.map((audit, i) => {
      const value = values[i];
      return {
        label: audit.label,
        bars: [
          value === undefined ? { audit: i, text: '—' } : { audit: i, value, text: formatVital(vital, value, locale) },
        ],
      };
    }),
    max: scale.end,
    ticks: scale.ticks.map((value) => ({ value, text: formatVital(vital, value, locale) })),
    references: [
      { value: ref.good, label: t('report.reference.good', { value: formatVital(vital, ref.good, locale) }) },
      {
        value: ref.poor,
        label: t('report.reference.poor', { value: formatVital(vital, ref.poor, locale) }),
        dash: '1 2',
      },
    ],
    top: top + 16,
    barHeight: 11,
  });
  const heading = label(0, top + 11, t(`report.vital.${vital}`), { 'font-weight': 600 });
  return { nodes: [heading, ...panel.nodes], height: 16 + panel.height };
}

/**
 * Core Web Vitals of each shop's slowest page, a panel per vital that some audit measured, each with web.dev's
 * thresholds for good and poor drawn as lines.
 */
export const vitalsChart: ChartBuilder = (doc, context) => {
  const measured = doc.references.vitals.filter((ref) => doc.audits.some((a) => a.vitals[ref.vital] !== undefined));
  if (measured.length === 0) return undefined;
  const nodes: SvgNode[] = [];
  let top = 0;
  for (const ref of measured) {
    const panel = vitalPanel(doc, ref, top, context);
    nodes.push(...panel.nodes);
    top += panel.height + PANEL_GAP;
  }
  const title = context.t('report.chart.vitals');
  const svg = chartFrame(
    'vitals',
    { title, desc: context.t('report.chart.vitalsDesc') },
    top - PANEL_GAP,
    doc.audits.length,
    nodes,
  );
  return { key: 'vitals', title, svg };
};
