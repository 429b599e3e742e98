import type { Audit } from '@/utils/model/audit';
import type { Translate } from '@/utils/i18n/translate';

const tone: Record<Audit['status'], string> = {
  active: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
  paused: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  finished: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
};

export function StatusBadge({ t, status }: { t: Translate; status: Audit['status'] }) {
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${tone[status]}`} data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}
