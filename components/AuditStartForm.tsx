import { useId, useState, type FormEvent } from 'react';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import { TemplateSelect } from './TemplateSelect';

export interface AuditStartValues {
  shopName: string;
  scenario: string;
  auditorName: string;
  walkAs: 'desktop' | 'phone';
  templateId: string;
}

interface Props {
  t: Translate;
  locale: Locale;
  initial: AuditStartValues;
  busy: boolean;
  onStart: (values: AuditStartValues) => void;
}

/** The three questions before a walk; the shop name comes prefilled from the page, the auditor from last time. */
export function AuditStartForm({ t, locale, initial, busy, onStart }: Props) {
  const [values, setValues] = useState(initial);
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onStart(values);
  };
  const field = (name: 'shopName' | 'scenario' | 'auditorName', label: string, placeholder?: string) => (
    <div>
      <label className="label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      <input
        id={`${id}-${name}`}
        className="field"
        value={values[name]}
        placeholder={placeholder}
        maxLength={200}
        required={name === 'shopName'}
        onChange={(e) => setValues({ ...values, [name]: e.target.value })}
      />
    </div>
  );
  return (
    <form className="space-y-3" onSubmit={submit} aria-label={t('start.title')}>
      {field('shopName', t('start.shopName'))}
      {field('scenario', t('start.scenario'), t('start.scenarioPlaceholder'))}
      {field('auditorName', t('start.auditorName'))}
      <TemplateSelect
        t={t}
        locale={locale}
        value={values.templateId}
        onChange={(templateId) => setValues({ ...values, templateId })}
      />
      <fieldset>
        <legend className="label">{t('start.walkAs')}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {(['desktop', 'phone'] as const).map((walkAs) => (
            <label key={walkAs} className="flex items-center gap-1">
              <input
                type="radio"
                name={`${id}-walkAs`}
                value={walkAs}
                checked={values.walkAs === walkAs}
                onChange={() => setValues({ ...values, walkAs })}
              />
              {t(`start.${walkAs}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="btn btn-primary w-full" disabled={busy}>
        {t('start.submit')}
      </button>
    </form>
  );
}
