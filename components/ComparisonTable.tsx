import { useId } from 'react';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import type { ComparedCell } from '@/utils/report/compare-audits';
import { METRICS } from '@/utils/report/metrics';
import type { RowWinner } from '@/utils/report/row-winner';
import { MetricCell } from './MetricCell';
import { MetricTableHead } from './MetricTableHead';
import { severityText } from './metric-text';

interface Props {
  t: Translate;
  locale: Locale;
  /** The stage, channel or "whole journey" the table is about. */
  title: string;
  cells: readonly ComparedCell[];
  /** Each compared audit's name in the tables (its shop, with its date where two audits share a shop). */
  names: ReadonlyMap<string, string>;
  baselineId: string;
  winner: RowWinner;
}

/**
 * One row of the journey (a stage, a channel, or the whole journey) across the compared audits: an audit a line,
 * the metrics as columns, each value against the baseline, and who won the row. An audit that skipped the row has
 * a gap across the line, never zeros.
 */
export function ComparisonTable({ t, locale, title, cells, names, baselineId, winner }: Props) {
  const headingId = useId();
  // ★ marks a value better than another's: where every audit that has the metric has the same value (or only one
  // has it), nobody is best and nothing is marked.
  const telling = new Set(
    METRICS.filter((metric) => cells.some((c) => c.metrics[metric].value !== undefined && !c.metrics[metric].best)),
  );
  const winnerText =
    winner.kind === 'audit'
      ? t('compare.winner', { name: names.get(winner.auditId) ?? winner.auditId })
      : winner.kind === 'tie'
        ? t('compare.tie')
        : t('compare.noWinner');
  return (
    <section aria-labelledby={headingId} className="space-y-1" data-testid="comparison-row">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h4 id={headingId} className="text-base font-semibold">
          {title}
        </h4>
        <p className="text-sm" data-testid="row-winner">
          {winnerText}
        </p>
      </div>
      <div className="overflow-x-auto">
        {/* Fixed columns, so that the metrics stand one under another from one stage's table to the next. */}
        <table className="w-full table-fixed border-collapse text-sm" aria-labelledby={headingId}>
          <MetricTableHead t={t} first={t('compare.audit')} firstClassName="w-1/4" />
          <tbody>
            {cells.map(({ auditId, figures, metrics }) => (
              <tr key={auditId} className="border-b border-slate-200 dark:border-slate-700" data-audit-id={auditId}>
                <th scope="row" className="px-2 py-2 text-left align-top font-medium">
                  {names.get(auditId) ?? auditId}
                  {auditId === baselineId && (
                    <span className="ml-1 text-xs font-normal text-slate-600 dark:text-slate-300">
                      ({t('compare.baselineMark')})
                    </span>
                  )}
                </th>
                {figures ? (
                  METRICS.map((metric) => (
                    <MetricCell
                      key={metric}
                      t={t}
                      locale={locale}
                      metric={metric}
                      compared={{ ...metrics[metric], best: metrics[metric].best && telling.has(metric) }}
                      baseline={auditId === baselineId}
                      detail={metric === 'findingPoints' ? severityText(t, figures.findingsBySeverity) : undefined}
                    />
                  ))
                ) : (
                  <td colSpan={METRICS.length} className="px-2 py-2 text-slate-600 dark:text-slate-300">
                    {t('compare.notVisited')}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
