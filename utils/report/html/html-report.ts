import { formatDateTime } from '../../format/date-time';
import { reportCharts } from '../charts/report-charts';
import { svgMarkup } from '../charts/svg-node';
import type { ReportDocument } from '../document/report-document';
import type { ChartContext } from '../charts/report-chart';
import { auditSwatch } from './audit-swatch';
import { beforeAfterSection } from './before-after-section';
import { comparisonTable } from './comparison-table';
import { findingsSection } from './findings-section';
import { glanceSection } from './glance-section';
import type { HtmlContext } from './html-context';
import { escaped, Markup } from './markup';
import { methodSection } from './method-section';
import { REPORT_STYLES } from './report-styles';
import { scenarioSection } from './scenario-section';

/**
 * The file runs no script and loads nothing: no script at all is allowed, images only from data: URLs (the
 * screenshots it carries), styles only inline. Should escaping ever fail, the browser still runs nothing.
 */
export const REPORT_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

function auditsTable({ doc, t, locale }: HtmlContext): Markup {
  const rows = doc.audits.map(
    (audit, i) =>
      escaped`<tr>
        <td>${auditSwatch(i)}</td>
        <td>${audit.label}${i === 0 ? escaped` <span class="meta">(${t('report.baseline')})</span>` : ''}</td>
        <td>${audit.scenario}</td>
        <td>${audit.auditorName}</td>
        <td class="num">${formatDateTime(audit.startedAt, locale)}</td>
      </tr>`,
  );
  return escaped`<table class="audits">
    <thead>
      <tr>
        <th scope="col"><span class="sr">#</span></th>
        <th scope="col">${t('dashboard.shop')}</th>
        <th scope="col">${t('dashboard.scenario')}</th>
        <th scope="col">${t('dashboard.auditor')}</th>
        <th scope="col" class="num">${t('dashboard.date')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

function chartsSection(context: HtmlContext): Markup | '' {
  const charts = reportCharts(context.doc, context);
  if (charts.length === 0) return '';
  const figures = charts.map(
    (chart) =>
      escaped`<figure class="chart" data-chart="${chart.key}">
        <figcaption>${chart.title}</figcaption>
        ${new Markup(svgMarkup(chart.svg))}
      </figure>`,
  );
  return escaped`<section id="charts">
    <h2>${context.t('report.charts')}</h2>
    ${figures}
  </section>`;
}

/**
 * A report as one self-contained HTML file: styles inline, charts as inline SVG, screenshots as data: URLs from
 * `images`, no script; in the user's language, its `lang` set. Every text that came from a page or an auditor is
 * escaped (escaped`…`, svgMarkup), and only http(s) addresses become links.
 */
export function htmlReport(
  doc: ReportDocument,
  { t, locale, images }: ChartContext & { images: ReadonlyMap<string, string> },
): string {
  const context: HtmlContext = { doc, t, locale, images };
  const made = formatDateTime(doc.madeAt, locale);
  const page = escaped`<!doctype html>
    <html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="generator" content="Shopwalk" />
        <title>${t('report.fileTitle', { date: made })}</title>
        <style>
          ${new Markup(REPORT_STYLES)}
        </style>
      </head>
      <body>
        <main>
          <header>
            <h1>${t('report.title')}</h1>
            <p class="meta">${t('report.madeAt', { date: made, count: doc.audits.length })}</p>
            ${auditsTable(context)}
          </header>
          ${glanceSection(context)}
          <section id="comparison">
            <h2>${t('report.comparison')}</h2>
            <p class="explain">${t('report.comparisonExplained')}</p>
            ${comparisonTable(context)}
          </section>
          ${chartsSection(context)} ${findingsSection(context)} ${beforeAfterSection(context)}
          ${scenarioSection(context)} ${methodSection(context)}
        </main>
      </body>
    </html> `;
  return page.text;
}
