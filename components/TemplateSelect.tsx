import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { database } from '@/utils/db/database';
import { userTemplates } from '@/utils/db/templates';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import { localize } from '@/utils/scoring/localize';
import { BUILT_IN_TEMPLATES } from '@/utils/scoring/templates/registry';

interface Props {
  t: Translate;
  locale: Locale;
  value: string;
  onChange: (templateId: string) => void;
}

/** The scorecard an audit will be rated on: the built-ins, then the user's own. */
export function TemplateSelect({ t, locale, value, onChange }: Props) {
  const id = useId();
  const own = useLiveQuery(() => userTemplates(database()), [], []);
  const groups = [
    { label: t('scorecards.builtIn'), templates: BUILT_IN_TEMPLATES },
    { label: t('scorecards.own'), templates: own },
  ];
  return (
    <div>
      <label className="label" htmlFor={id}>
        {t('start.template')}
      </label>
      <select id={id} className="field" value={value} onChange={(e) => onChange(e.target.value)}>
        {groups.map(
          ({ label, templates }) =>
            templates.length > 0 && (
              <optgroup key={label} label={label}>
                {templates.map((template) => (
                  <option key={template.id} value={template.id}>
                    {localize(template.name, locale)}
                  </option>
                ))}
              </optgroup>
            ),
        )}
      </select>
    </div>
  );
}
