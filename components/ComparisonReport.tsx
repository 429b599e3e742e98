import { useId, useMemo } from 'react';
import { formatDateTime } from '@/utils/format/date-time';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import { reportCharts } from '@/utils/report/charts/report-charts';
import { reportDocument } from '@/utils/report/document/report-document';
import type { ReportAudit } from '@/utils/report/report-audit';
import { rowWinner } from '@/utils/report/row-winner';
import { topFindings } from '@/utils/report/top-findings';
import { BeforeAfterSummary } from './BeforeAfterSummary';
import { SvgChart } from './SvgChart';
import { ComparedAudits } from './ComparedAudits';
import { ComparisonTable } from './ComparisonTable';
import { rowName } from './metric-text';
import { TopFindings } from './TopFindings';

interface Props {
  t: Translate;
  locale: Locale;
  /** Two or more audits, in the order chosen. */
  reports: readonly ReportAudit[];
  baselineId: string;
  /** Ends what is still open in an audit being recorded. */
  now: number;
  onBaseline: (auditId: string) => void;
}

/** Each audit's name in the tables: its shop, with its start where two compared audits share the shop. */
function auditNames(reports: readonly ReportAudit[], locale: Locale): Map<string, string> {
  const shops = reports.map((r) => r.audit.shopName);
  return new Map(
    reports.map(({ audit }) => [
      audit.id,
      shops.filter((shop) => shop === audit.shopName).length > 1
        ? `${audit.shopName}, ${formatDateTime(audit.startedAt, locale)}`
        : audit.shopName,
    ]),
  );
}

/**
 * Audits side by side against a baseline: who was compared, what changed (two audits of one shop), the whole journey
 * and each stage and channel as a table with its winner, the charts, and each shop's top findings. It shows the
 * report document the HTML and Markdown files are written from, so the dashboard and the files agree.
 */
export function ComparisonReport({ t, locale, reports, baselineId, now, onBaseline }: Props) {
  const compareStagesId = useId();
  const compareFindingsId = useId();
  const chartsId = useId();
  const names = useMemo(() => auditNames(reports, locale), [reports, locale]);
  const doc = useMemo(() => reportDocument(reports, { baselineId, now }), [reports, baselineId, now]);
  const charts = useMemo(() => reportCharts(doc, { t, locale }), [doc, t, locale]);
  const { comparison, winners, beforeAfter } = doc;
  // The baseline first, as in the tables.
  const inTableOrder = comparison.total.map((cell) => reports.find((r) => r.audit.id === cell.auditId)!);
  const tableProps = { t, locale, names, baselineId };
  return (
    <>
      <ComparedAudits
        t={t}
        locale={locale}
        audits={reports.map((r) => r.audit)}
        names={names}
        baselineId={baselineId}
        onBaseline={onBaseline}
      />
      {beforeAfter && (
        <BeforeAfterSummary
          t={t}
          locale={locale}
          before={names.get(beforeAfter.beforeId)!}
          after={names.get(beforeAfter.afterId)!}
          changes={beforeAfter.changes}
        />
      )}
      <section className="space-y-4" aria-labelledby={compareStagesId}>
        <h3 id={compareStagesId} className="text-lg font-semibold">
          {t('compare.byStage')}
        </h3>
        <ComparisonTable {...tableProps} title={t('compare.journey')} cells={comparison.total} winner={winners.total} />
        {comparison.rows.map(({ row, cells }) => (
          <ComparisonTable
            key={row}
            {...tableProps}
            title={rowName(t, row)}
            cells={cells}
            winner={winners.rows[row] ?? rowWinner(cells)}
          />
        ))}
      </section>
      {charts.length > 0 && (
        <section className="space-y-3" aria-labelledby={chartsId}>
          <h3 id={chartsId} className="text-lg font-semibold">
            {t('report.charts')}
          </h3>
          <div className="grid gap-4 lg:grid-cols-2">
            {charts.map((chart) => (
              <figure
                key={chart.key}
                data-chart={chart.key}
                className="space-y-2 rounded-md border border-slate-200 p-3 dark:border-slate-700"
              >
                <figcaption className="text-sm font-medium">{chart.title}</figcaption>
                <SvgChart svg={chart.svg} className="w-full overflow-x-auto" />
              </figure>
            ))}
          </div>
        </section>
      )}
      <section className="space-y-3" aria-labelledby={compareFindingsId}>
        <h3 id={compareFindingsId} className="text-lg font-semibold">
          {t('compare.topFindings')}
        </h3>
        <div className="grid gap-4 md:grid-cols-2">
          {inTableOrder.map((r) => (
            <TopFindings
              key={r.audit.id}
              t={t}
              locale={locale}
              name={names.get(r.audit.id)!}
              findings={topFindings(r.findings)}
              touchpoints={r.touchpoints}
            />
          ))}
        </div>
      </section>
    </>
  );
}
