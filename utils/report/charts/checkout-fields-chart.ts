import { formatNumber } from '../format-metric';
import { barPanel } from './bar-panel';
import { chartFrame } from './chart-frame';
import type { ChartBuilder } from './report-chart';
import { niceScale } from './scale-ticks';

/**
 * The checkout's form fields per shop, against Baymard's average checkout (11.3) and the about 8 most shops could
 * get to: a bar per audit, a gap for an audit whose checkout was not measured.
 */
export const checkoutFieldsChart: ChartBuilder = (doc, { t, locale }) => {
  if (doc.audits.every((a) => a.checkoutFields === undefined)) return undefined;
  const { checkoutFieldsAverage: average, checkoutFieldsReachable: reachable } = doc.references;
  const largest = Math.max(average.value, ...doc.audits.map((a) => a.checkoutFields ?? 0));
  const scale = niceScale(largest * 1.1);
  const title = t('report.chart.checkoutFields');
  const desc = t('report.chart.checkoutFieldsDesc', {
    average: formatNumber(average.value, locale, 1),
    reachable: formatNumber(reachable.value, locale),
  });
  const panel = barPanel({
    key: 'checkout-fields',
    groups: doc.audits.map((audit, i) => ({
      label: audit.label,
      bars: [
        audit.checkoutFields === undefined
          ? { audit: i, text: '—' }
          : { audit: i, value: audit.checkoutFields, text: formatNumber(audit.checkoutFields, locale) },
      ],
    })),
    max: scale.end,
    ticks: scale.ticks.map((value) => ({ value, text: formatNumber(value, locale) })),
    references: [
      {
        value: reachable.value,
        label: t('report.reference.reachable', { value: formatNumber(reachable.value, locale) }),
      },
      {
        value: average.value,
        label: t('report.reference.average', { value: formatNumber(average.value, locale, 1) }),
        dash: '1 2',
      },
    ],
    top: 0,
    barHeight: 13,
  });
  const svg = chartFrame('checkout-fields', { title, desc }, panel.height, doc.audits.length, panel.nodes);
  return { key: 'checkout-fields', title, svg };
};
