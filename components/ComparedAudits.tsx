import { useId } from 'react';
import { formatDateTime } from '@/utils/format/date-time';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import type { ReportAudit } from '@/utils/report/report-audit';
import { HEADER_CELL } from './MetricTableHead';

interface Props {
  t: Translate;
  locale: Locale;
  audits: readonly ReportAudit['audit'][];
  names: ReadonlyMap<string, string>;
  baselineId: string;
  onBaseline: (auditId: string) => void;
}

/** Which audits are compared (shop, scenario, auditor, date), and the choice of the one the others are measured against. */
export function ComparedAudits({ t, locale, audits, names, baselineId, onBaseline }: Props) {
  const selectId = useId();
  const th = HEADER_CELL;
  return (
    <section className="space-y-2" aria-label={t('compare.audits')}>
      <div>
        <label htmlFor={selectId} className="label">
          {t('compare.baseline')}
        </label>
        <select
          id={selectId}
          className="field max-w-sm"
          value={baselineId}
          onChange={(e) => onBaseline(e.target.value)}
        >
          {audits.map((audit) => (
            <option key={audit.id} value={audit.id}>
              {names.get(audit.id) ?? audit.shopName}
            </option>
          ))}
        </select>
      </div>
      <table className="w-full border-collapse text-sm" aria-label={t('compare.audits')}>
        <thead className="border-b border-slate-300 dark:border-slate-600">
          <tr>
            <th scope="col" className={th}>
              {t('dashboard.shop')}
            </th>
            <th scope="col" className={th}>
              {t('dashboard.scenario')}
            </th>
            <th scope="col" className={th}>
              {t('dashboard.auditor')}
            </th>
            <th scope="col" className={th}>
              {t('dashboard.date')}
            </th>
          </tr>
        </thead>
        <tbody>
          {audits.map((audit) => (
            <tr key={audit.id} className="border-b border-slate-200 dark:border-slate-700" data-testid="compared-audit">
              <th scope="row" className="px-2 py-1 text-left font-medium">
                {audit.shopName}
                {audit.id === baselineId && (
                  <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">
                    {t('compare.baseline')}
                  </span>
                )}
              </th>
              <td className="px-2 py-1">{audit.scenario}</td>
              <td className="px-2 py-1">{audit.auditorName}</td>
              <td className="px-2 py-1 whitespace-nowrap">{formatDateTime(audit.startedAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
