import type { Translate } from '@/utils/i18n/translate';
import type { Severity } from '@/utils/model/finding';

const tone: Record<Severity, string> = {
  0: 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100',
  1: 'bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100',
  2: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  3: 'bg-orange-200 text-orange-950 dark:bg-orange-900 dark:text-orange-50',
  4: 'bg-red-200 text-red-950 dark:bg-red-900 dark:text-red-50',
};

/** A severity on Nielsen's scale, as number and word, so that colour is never the only cue. */
export function SeverityBadge({ t, severity }: { t: Translate; severity: number }) {
  const level = Math.min(4, Math.max(0, Math.round(severity))) as Severity;
  return (
    <span className={`shrink-0 rounded px-1 text-xs font-semibold ${tone[level]}`} data-severity={level}>
      {t('findings.severity', { severity: level, word: t(`severity.${level}`) })}
    </span>
  );
}
