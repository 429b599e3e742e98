import type { StorageStatus } from '@/utils/db/persistence';
import { formatFileSize } from '@/utils/format/attachment-display';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';

interface Props {
  t: Translate;
  locale: Locale;
  /** undefined while the browser is asked. */
  status: StorageStatus | undefined;
  /** Set when the user asked here and the browser said no. */
  refused: boolean;
  onAsk: () => void;
}

/** The settings' view of storage: whether the browser keeps it, how much is used, and a way to ask again. */
export function StorageSetting({ t, locale, status, refused, onAsk }: Props) {
  const size = (bytes: number) => formatFileSize(bytes, locale);
  return (
    <section className="space-y-3" aria-labelledby="settings-storage">
      <h2 id="settings-storage" className="text-lg font-semibold">
        {t('storage.title')}
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t('storage.explained')}</p>
      {status && (
        <>
          <p data-persisted={String(status.persisted)}>
            {status.persisted === undefined
              ? t('storage.persistUnknown')
              : t(status.persisted ? 'storage.persistent' : 'storage.notPersistent')}
          </p>
          <p>
            {status.usage === undefined || status.quota === undefined
              ? t('storage.usageUnknown')
              : t('storage.usage', { used: size(status.usage), quota: size(status.quota) })}
          </p>
          {status.persisted === false && (
            <button type="button" className="btn" onClick={onAsk}>
              {t('storage.ask')}
            </button>
          )}
          {refused && <p role="status">{t('storage.refused')}</p>}
        </>
      )}
    </section>
  );
}
