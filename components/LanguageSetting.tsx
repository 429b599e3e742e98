import { useId } from 'react';
import type { Translate } from '@/utils/i18n/translate';
import { LOCALES, type Locale } from '@/utils/i18n/locale';

/** Each language is named in itself, so that someone who cannot read the current one still finds theirs. */
const NATIVE_NAMES: Record<Locale, string> = { en: 'English', de: 'Deutsch' };

interface Props {
  t: Translate;
  value: Locale | 'auto';
  onChange: (choice: Locale | 'auto') => void;
}

export function LanguageSetting({ t, value, onChange }: Props) {
  const id = useId();
  return (
    <div>
      <label className="label" htmlFor={id}>
        {t('settings.language')}
      </label>
      <select
        id={id}
        className="field max-w-xs"
        value={value}
        onChange={(e) => onChange(e.target.value as Locale | 'auto')}
      >
        <option value="auto">{t('settings.languageAuto')}</option>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NATIVE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
