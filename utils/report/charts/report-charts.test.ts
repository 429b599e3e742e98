import { describe, expect, it } from 'vitest';
import { reportDocument } from '../document/report-document';
import { T0 } from '../support/test-audit';
import { DE, EN, nodesWhere, textsOf, twoShopsDocument } from '../support/test-report';
import { walk } from '../support/test-walk';
import { LABEL_WIDTH, PLOT_WIDTH } from './bar-panel';
import { reportCharts } from './report-charts';
import { svgMarkup } from './svg-node';

const chartOf = (key: string, context = EN) => reportCharts(twoShopsDocument(), context).find((c) => c.key === key)!;

describe('reportCharts', () => {
  it('draws every chart the report has data for, in order, each with its title', () => {
    expect(reportCharts(twoShopsDocument(), EN).map((c) => [c.key, c.title])).toEqual([
      ['stage-scores', 'Score per stage'],
      ['dimensions', 'Score per customer-experience dimension'],
      ['timeline', 'Journeys over time'],
      ['checkout-fields', 'Form fields in the checkout'],
      ['vitals', 'Core Web Vitals of the slowest page'],
    ]);
  });

  it('leaves out charts without data rather than drawing them empty', () => {
    const bare = reportDocument([walk('a', [['entry', 1_000]])], { now: T0 });
    expect(reportCharts(bare, EN).map((c) => c.key)).toEqual(['timeline']);
  });

  it('draws the checkout fields against lines at about 8 and 11.3, labelled in the locale', () => {
    const chart = chartOf('checkout-fields', DE);
    const lines = nodesWhere(chart.svg, (n) => n.attrs['data-reference'] !== undefined);
    expect(lines.map((n) => n.attrs['data-reference'])).toEqual([8, 11.3]);
    const xOf = (n: (typeof lines)[number]) => Number(n.children?.[0]?.attrs.x1);
    expect((xOf(lines[1]!) - LABEL_WIDTH) / (xOf(lines[0]!) - LABEL_WIDTH)).toBeCloseTo(11.3 / 8, 2);
    expect(textsOf(chart.svg)).toEqual(expect.arrayContaining(['etwa 8 erreichbar', 'Durchschnitt 11,3', '12', '7']));
  });

  it('draws a panel per measured vital with its good and poor thresholds', () => {
    const chart = chartOf('vitals');
    const texts = textsOf(chart.svg);
    expect(texts).toEqual(expect.arrayContaining(['Largest Contentful Paint (LCP)', 'good ≤ 2.50 s', 'poor > 4.00 s']));
    expect(texts).toContain('Cumulative Layout Shift (CLS)');
    expect(texts).not.toContain('Interaction to Next Paint (INP)');
    expect(nodesWhere(chart.svg, (n) => n.attrs['data-value'] === 4_200)).toHaveLength(1);
    expect(nodesWhere(chart.svg, (n) => n.attrs['data-gap'] === 'true')).toHaveLength(1); // the rival's CLS
  });

  it('lays the journeys on one time axis, bars as long as their touchpoints, findings marked with severity', () => {
    const chart = chartOf('timeline');
    const lane = nodesWhere(chart.svg, (n) => n.attrs['data-lane'] === 'own')[0]!;
    const widths = nodesWhere(lane, (n) => n.tag === 'rect').map((n) => Number(n.attrs.width));
    const scale = PLOT_WIDTH / 300_000; // the hotline call ends at 250 s: an axis to 300 s
    expect(widths.map((w) => Math.round(w / scale / 1_000))).toEqual([10, 20, 5, 30, 180]);
    const mark = nodesWhere(lane, (n) => n.attrs['data-finding'] === 'f-own')[0]!;
    expect(textsOf(mark)).toEqual(['Finding, severity 3 (major), at 40.0 s', '3']);
  });

  it('escapes a hostile shop name in the markup of every chart', () => {
    const hostile = '<script>alert(1)</script>';
    const doc = reportDocument(
      [walk('x', [['entry', 1_000, { ratings: { 'waiting-explained': 5 }, title: hostile }]], { shopName: hostile })],
      { now: T0 },
    );
    for (const chart of reportCharts(doc, EN)) expect(svgMarkup(chart.svg)).not.toContain('<script');
  });
});
