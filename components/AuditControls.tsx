import type { Audit } from '@/utils/model/audit';
import type { Translate } from '@/utils/i18n/translate';
import type { Locale } from '@/utils/i18n/locale';
import { formatDuration } from '@/utils/format/duration';
import { StatusBadge } from './StatusBadge';

interface Props {
  t: Translate;
  locale: Locale;
  audit: Audit;
  now: number;
  busy: boolean;
  onPause: () => void;
  onResume: () => void;
  onFinish: () => void;
}

/** The running audit at a glance, with what the auditor can do to it now. */
export function AuditControls({ t, locale, audit, now, busy, onPause, onResume, onFinish }: Props) {
  const running = audit.status === 'active';
  return (
    <section className="space-y-2" aria-label={t('controls.label')}>
      <div className="flex items-center justify-between gap-2">
        <h2 className="truncate text-base font-semibold" title={audit.shopName}>
          {audit.shopName}
        </h2>
        <StatusBadge t={t} status={audit.status} />
      </div>
      {audit.scenario && <p className="text-sm text-slate-600 dark:text-slate-300">{audit.scenario}</p>}
      <p className="text-sm tabular-nums" aria-live="off">
        {t('controls.elapsed', { time: formatDuration((audit.finishedAt ?? now) - audit.startedAt, locale) })}
      </p>
      {audit.status === 'paused' && audit.pauseReason && audit.pauseReason !== 'auditor' && (
        <p className="text-sm text-amber-800 dark:text-amber-200">{t(`pauseReason.${audit.pauseReason}`)}</p>
      )}
      <div className="flex gap-2">
        {running && (
          <button type="button" className="btn" onClick={onPause} disabled={busy}>
            {t('controls.pause')}
          </button>
        )}
        {audit.status === 'paused' && (
          <button type="button" className="btn btn-primary" onClick={onResume} disabled={busy}>
            {t('controls.resume')}
          </button>
        )}
        {audit.status !== 'finished' && (
          <button type="button" className="btn" onClick={onFinish} disabled={busy}>
            {t('controls.finish')}
          </button>
        )}
      </div>
    </section>
  );
}
