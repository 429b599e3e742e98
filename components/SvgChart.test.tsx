import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { reportCharts } from '@/utils/report/charts/report-charts';
import { svgMarkup } from '@/utils/report/charts/svg-node';
import { reportDocument } from '@/utils/report/document/report-document';
import { T0 } from '@/utils/report/support/test-audit';
import { EN, twoShops } from '@/utils/report/support/test-report';
import { SvgChart } from './SvgChart';

describe('SvgChart', () => {
  it('renders every chart exactly as the report file writes it', () => {
    const charts = reportCharts(reportDocument(twoShops(), { now: T0 + 300_000 }), EN);
    expect(charts).toHaveLength(5);
    for (const chart of charts)
      expect(renderToStaticMarkup(<SvgChart svg={chart.svg} />)).toBe(`<div>${svgMarkup(chart.svg)}</div>`);
  });

  it('renders a hostile shop name as text', () => {
    const hostile = '"><img src=x onerror=alert(1)>';
    const [chart] = reportCharts(reportDocument(twoShops({ own: hostile }), { now: T0 + 300_000 }), EN);
    const markup = renderToStaticMarkup(<SvgChart svg={chart!.svg} />);
    expect(markup).not.toContain('<img');
    expect(markup).toContain('1 &quot;&gt;&lt;img src=x');
  });
});
