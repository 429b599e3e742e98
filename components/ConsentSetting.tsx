import type { CaptureConsent } from '@/utils/db/capture-consent';
import { consentHolds } from '@/utils/db/capture-consent';
import { formatDateTime } from '@/utils/format/date-time';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import { welcomeUrl } from '@/utils/tabs/open-panel';

interface Props {
  t: Translate;
  locale: Locale;
  consent: CaptureConsent;
  /** Set once the user withdrew here: the audits that were recording are paused. */
  withdrawn: boolean;
  onWithdraw: () => void;
}

/** The settings' view of the agreement: when it was given, a way to withdraw it, or where to give it. */
export function ConsentSetting({ t, locale, consent, withdrawn, onWithdraw }: Props) {
  const holds = consent !== null && consentHolds(consent);
  return (
    <section className="space-y-3" aria-labelledby="settings-consent">
      <h2 id="settings-consent" className="text-lg font-semibold">
        {t('consent.settingsTitle')}
      </h2>
      {withdrawn && <p role="status">{t('consent.withdrawn')}</p>}
      {holds ? (
        <>
          <p>{t('consent.settingsGiven', { date: formatDateTime(consent.at, locale) })}</p>
          <button type="button" className="btn" onClick={onWithdraw}>
            {t('consent.withdraw')}
          </button>
        </>
      ) : (
        <>
          <p>{t('consent.settingsMissing')}</p>
          <a className="btn btn-primary inline-block" href={welcomeUrl('#consent')}>
            {t('consent.read')}
          </a>
        </>
      )}
    </section>
  );
}
