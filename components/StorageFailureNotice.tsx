import type { StorageFailureReason } from '@/utils/db/storage-failure';
import type { Translate } from '@/utils/i18n/translate';

interface Props {
  t: Translate;
  reason: StorageFailureReason;
  /** Present where the failure is one the background kept: the user may hide it once dealt with. */
  onDismiss?: () => void;
}

/** What went wrong with the audit database, in words, and what the user can do; nothing is deleted for them. */
export function StorageFailureNotice({ t, reason, onDismiss }: Props) {
  return (
    <div
      role="alert"
      data-storage-failure={reason}
      className="space-y-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">{t('storage.failure.title')}</p>
      <p>{t(`storage.failure.${reason}`)}</p>
      {onDismiss && (
        <button type="button" className="btn" onClick={onDismiss}>
          {t('storage.failure.dismiss')}
        </button>
      )}
    </div>
  );
}
