import { useId, useMemo } from 'react';
import { formatDateTime } from '@/utils/format/date-time';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import { alignByStage } from '@/utils/report/align-by-stage';
import { compareBeforeAfter } from '@/utils/report/before-after';
import { compareAudits } from '@/utils/report/compare-audits';
import type { ReportAudit } from '@/utils/report/report-audit';
import { rowWinner } from '@/utils/report/row-winner';
import { topFindings } from '@/utils/report/top-findings';
import { BeforeAfterSummary } from './BeforeAfterSummary';
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

/** Two audits of one shop, the earlier first: what a before/after compares; undefined for anything else. */
function beforeAndAfter(reports: readonly ReportAudit[]): [ReportAudit, ReportAudit] | undefined {
  const [a, b] = reports;
  if (reports.length !== 2 || !a || !b || a.audit.shopName !== b.audit.shopName) return undefined;
  return a.audit.startedAt <= b.audit.startedAt ? [a, b] : [b, a];
}

/**
 * Audits side by side against a baseline: who was compared, what changed (two audits of one shop), the whole journey
 * and each stage and channel as a table with its winner, and each shop's top findings. Sections follow one another
 * so that charts of the comparison can join between the tables and the findings.
 */
export function ComparisonReport({ t, locale, reports, baselineId, now, onBaseline }: Props) {
  const compareStagesId = useId();
  const compareFindingsId = useId();
  const names = useMemo(() => auditNames(reports, locale), [reports, locale]);
  const aligned = useMemo(() => new Map(reports.map((r) => [r.audit.id, alignByStage(r, now)])), [reports, now]);
  const comparison = useMemo(() => {
    const baseline = aligned.get(baselineId)!;
    return compareAudits(
      baseline,
      [...aligned.values()].filter((a) => a.auditId !== baselineId),
    );
  }, [aligned, baselineId]);
  const pair = beforeAndAfter(reports);
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
      {pair && (
        <BeforeAfterSummary
          t={t}
          locale={locale}
          before={names.get(pair[0].audit.id)!}
          after={names.get(pair[1].audit.id)!}
          changes={compareBeforeAfter(aligned.get(pair[0].audit.id)!, aligned.get(pair[1].audit.id)!)}
        />
      )}
      <section className="space-y-4" aria-labelledby={compareStagesId}>
        <h3 id={compareStagesId} className="text-lg font-semibold">
          {t('compare.byStage')}
        </h3>
        <ComparisonTable
          {...tableProps}
          title={t('compare.journey')}
          cells={comparison.total}
          winner={rowWinner(comparison.total)}
        />
        {comparison.rows.map(({ row, cells }) => (
          <ComparisonTable key={row} {...tableProps} title={rowName(t, row)} cells={cells} winner={rowWinner(cells)} />
        ))}
      </section>
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
