import type { Translate } from '@/utils/i18n/translate';
import { welcomeUrl } from '@/utils/tabs/open-panel';

/** In place of the start form until the user agreed to what an audit records: where to read it and agree. */
export function ConsentNotice({ t }: { t: Translate }) {
  return (
    <div
      role="status"
      className="space-y-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
    >
      <p>{t('consent.needed')}</p>
      <a className="btn btn-primary inline-block" href={welcomeUrl('#consent')} target="_blank" rel="noreferrer">
        {t('consent.read')}
      </a>
    </div>
  );
}
