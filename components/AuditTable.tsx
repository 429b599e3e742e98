import { useEffect, useRef } from 'react';
import type { Audit } from '@/utils/model/audit';
import type { Translate } from '@/utils/i18n/translate';
import type { Locale } from '@/utils/i18n/locale';
import { formatDuration } from '@/utils/format/duration';
import { formatDateTime } from '@/utils/format/date-time';
import { StatusBadge } from './StatusBadge';

export interface AuditRow {
  audit: Audit;
  touchpoints: number;
}

interface Props {
  t: Translate;
  locale: Locale;
  rows: readonly AuditRow[];
  now: number;
  selected: ReadonlySet<string>;
  onSelect: (auditId: string, selected: boolean) => void;
  onSelectAll: (selected: boolean) => void;
  onOpen: (auditId: string) => void;
  /** The audit just closed: its row takes the focus back, so that the keyboard carries on where it left. */
  returnedFrom?: string;
}

/** Every audit in one table, newest first, to open, select for export or delete. */
export function AuditTable({ t, locale, rows, now, selected, onSelect, onSelectAll, onOpen, returnedFrom }: Props) {
  const table = useRef<HTMLTableElement>(null);
  useEffect(() => {
    if (!returnedFrom) return;
    table.current?.querySelector<HTMLElement>(`[data-audit-id="${CSS.escape(returnedFrom)}"] [data-open]`)?.focus();
  }, [returnedFrom]);
  if (rows.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">{t('dashboard.empty')}</p>;
  const allSelected = rows.every((r) => selected.has(r.audit.id));
  const th = 'px-2 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300';
  return (
    <table ref={table} className="w-full border-collapse text-sm" aria-label={t('dashboard.audits')}>
      <thead className="border-b border-slate-300 dark:border-slate-600">
        <tr>
          <th scope="col" className={th}>
            <input
              type="checkbox"
              aria-label={t('dashboard.selectAll')}
              checked={allSelected}
              onChange={(e) => onSelectAll(e.target.checked)}
            />
          </th>
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
          <th scope="col" className={`${th} text-right`}>
            {t('dashboard.duration')}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t('dashboard.touchpoints')}
          </th>
          <th scope="col" className={th}>
            {t('dashboard.status')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ audit, touchpoints }) => (
          <tr
            key={audit.id}
            className="border-b border-slate-200 dark:border-slate-700"
            data-testid="audit-row"
            data-audit-id={audit.id}
          >
            <td className="px-2 py-2">
              <input
                type="checkbox"
                aria-label={t('dashboard.select', { shop: audit.shopName })}
                checked={selected.has(audit.id)}
                onChange={(e) => onSelect(audit.id, e.target.checked)}
              />
            </td>
            {/* The shop names the row, so a screen reader says which audit a date or status belongs to. */}
            <th scope="row" className="px-2 py-2 text-left font-normal">
              <button
                type="button"
                className="text-left font-medium text-emerald-800 underline dark:text-emerald-300"
                data-open
                onClick={() => onOpen(audit.id)}
              >
                {audit.shopName}
              </button>
            </th>
            <td className="px-2 py-2">{audit.scenario}</td>
            <td className="px-2 py-2">{audit.auditorName}</td>
            <td className="px-2 py-2 whitespace-nowrap">{formatDateTime(audit.startedAt, locale)}</td>
            <td className="px-2 py-2 text-right tabular-nums">
              {formatDuration((audit.finishedAt ?? now) - audit.startedAt, locale)}
            </td>
            <td className="px-2 py-2 text-right tabular-nums">{touchpoints}</td>
            <td className="px-2 py-2">
              <StatusBadge t={t} status={audit.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
