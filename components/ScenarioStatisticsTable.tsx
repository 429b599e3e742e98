import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import { METRICS } from '@/utils/report/metrics';
import type { RowStatistics, ScenarioStatistics } from '@/utils/report/summary-statistics';
import { MetricTableHead } from './MetricTableHead';
import { metricValue, rowName } from './metric-text';
import { NotMeasuredCell } from './NotMeasuredCell';

interface Props {
  t: Translate;
  locale: Locale;
  scenario: string;
  statistics: ScenarioStatistics;
}

function StatisticsCells({ t, locale, metrics }: { t: Translate; locale: Locale; metrics: RowStatistics }) {
  return METRICS.map((metric) => {
    const s = metrics[metric];
    if (!s) return <NotMeasuredCell key={metric} t={t} metric={metric} />;
    const value = (n: number) => metricValue(metric, n, locale);
    return (
      <td key={metric} className="px-2 py-2 align-top tabular-nums" data-metric={metric}>
        <span className="font-semibold" data-testid="median">
          {value(s.median)}
        </span>
        <span className="block text-xs text-slate-600 dark:text-slate-300">
          {t('stats.bestWorst', { best: value(s.best), worst: value(s.worst) })}
        </span>
      </td>
    );
  });
}

/**
 * Median, best and worst of each stage across the audits of one scenario, the whole journey first. A stage only
 * some audits visited says by how many; what nobody measured is a dash.
 */
export function ScenarioStatisticsTable({ t, locale, scenario, statistics }: Props) {
  const rows = [
    { key: 'total', name: t('compare.journey'), visitedBy: statistics.audits, metrics: statistics.total },
    ...statistics.rows.map((r) => ({
      key: r.row,
      name: rowName(t, r.row),
      visitedBy: r.visitedBy,
      metrics: r.metrics,
    })),
  ];
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full border-collapse text-sm" aria-label={t('stats.tableLabel', { scenario })}>
        <MetricTableHead t={t} first={t('stage.label')} />
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-200 dark:border-slate-700" data-row={row.key}>
              <th scope="row" className="px-2 py-2 text-left align-top font-medium">
                {row.name}
                {row.visitedBy < statistics.audits && (
                  <span className="block text-xs font-normal text-slate-600 dark:text-slate-300">
                    {t('stats.visitedBy', { count: row.visitedBy, total: statistics.audits })}
                  </span>
                )}
              </th>
              <StatisticsCells t={t} locale={locale} metrics={row.metrics} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
