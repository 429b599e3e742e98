import type { CaptureConsent } from '@/utils/db/capture-consent';
import { consentHolds } from '@/utils/db/capture-consent';
import { formatDateTime } from '@/utils/format/date-time';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';

interface Props {
  t: Translate;
  locale: Locale;
  consent: CaptureConsent;
  onAgree: () => void;
}

/** The first-run page's question: agree to what is recorded (said just above it), or see when one did. */
export function ConsentAgreement({ t, locale, consent, onAgree }: Props) {
  return (
    <section id="consent" aria-labelledby="consent-title" className="space-y-3 rounded-lg border p-4">
      <h2 id="consent-title" className="text-xl font-semibold">
        {t('consent.title')}
      </h2>
      <p>{t('consent.ask')}</p>
      {consent && consentHolds(consent) ? (
        <p role="status" className="font-medium text-emerald-800 dark:text-emerald-300">
          {t('consent.given', { date: formatDateTime(consent.at, locale) })}
        </p>
      ) : (
        <button type="button" className="btn btn-primary" onClick={onAgree}>
          {t('consent.agree')}
        </button>
      )}
    </section>
  );
}
