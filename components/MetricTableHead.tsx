import type { Translate } from '@/utils/i18n/translate';
import { METRICS } from '@/utils/report/metrics';

/** The look of a column header in the dashboard's tables. */
export const HEADER_CELL =
  'px-2 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300';

/** The head of a table with a column per metric, in the order of `METRICS`, after a first column named `first`. */
export function MetricTableHead({
  t,
  first,
  firstClassName = '',
}: {
  t: Translate;
  first: string;
  firstClassName?: string;
}) {
  return (
    <thead className="border-b border-slate-300 dark:border-slate-600">
      <tr>
        <th scope="col" className={`${HEADER_CELL} ${firstClassName}`}>
          {first}
        </th>
        {METRICS.map((metric) => (
          <th key={metric} scope="col" className={HEADER_CELL}>
            {t(`compare.metric.${metric}`)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
