import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { database } from '@/utils/db/database';
import { readSetting } from '@/utils/db/settings';
import { resolveLocale, type Locale } from '@/utils/i18n/locale';
import { translator, type Translate } from '@/utils/i18n/translate';

/** The translator for the language chosen in settings (or the browser's), updating when the choice changes. */
export function useTranslate(): { t: Translate; locale: Locale } {
  const choice = useLiveQuery(() => readSetting(database(), 'locale'), [], 'auto' as const);
  const locale = resolveLocale(choice, navigator.languages);
  useEffect(() => {
    document.documentElement.lang = locale; // screen readers pick their voice by it
  }, [locale]);
  return useMemo(() => ({ t: translator(locale), locale }), [locale]);
}
