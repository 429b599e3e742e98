import { useId } from 'react';
import type { AuditFilter, FilterChoices } from '@/utils/dashboard/audit-filter';
import { isFiltered } from '@/utils/dashboard/audit-filter';
import type { MessageKey } from '@/utils/i18n/messages/en';
import type { Translate } from '@/utils/i18n/translate';

interface Props {
  t: Translate;
  filter: AuditFilter;
  choices: FilterChoices;
  shown: number;
  total: number;
  onChange: (filter: AuditFilter) => void;
}

type NamePart = 'shop' | 'scenario' | 'auditor';

const NAMES: readonly { part: NamePart; label: MessageKey; choices: keyof FilterChoices }[] = [
  { part: 'shop', label: 'dashboard.shop', choices: 'shops' },
  { part: 'scenario', label: 'dashboard.scenario', choices: 'scenarios' },
  { part: 'auditor', label: 'dashboard.auditor', choices: 'auditors' },
];

/** `filter` with `part` set to `value`, or without it when the value is empty. */
function withPart(filter: AuditFilter, part: keyof AuditFilter, value: string): AuditFilter {
  const next = { ...filter };
  if (value) next[part] = value;
  else delete next[part];
  return next;
}

/**
 * The audit list's filters: shop, scenario and auditor chosen from the audits present, and a range of days. A name
 * in the filter that no audit has any more (a link kept from before) stays chosen, so the list says why it is empty.
 */
export function AuditFilters({ t, filter, choices, shown, total, onChange }: Props) {
  const id = useId();
  return (
    <form
      role="search"
      aria-label={t('filter.label')}
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => e.preventDefault()}
    >
      {NAMES.map(({ part, label, choices: key }) => {
        const value = filter[part] ?? '';
        const options = value && !choices[key].includes(value) ? [value, ...choices[key]] : choices[key];
        return (
          <div key={part}>
            <label htmlFor={`${id}-${part}`} className="label">
              {t(label)}
            </label>
            <select
              id={`${id}-${part}`}
              className="field w-48"
              value={value}
              onChange={(e) => onChange(withPart(filter, part, e.target.value))}
            >
              <option value="">{t('filter.all')}</option>
              {options.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      {(['from', 'to'] as const).map((part) => (
        <div key={part}>
          <label htmlFor={`${id}-${part}`} className="label">
            {t(`filter.${part}`)}
          </label>
          <input
            id={`${id}-${part}`}
            type="date"
            className="field w-40"
            value={filter[part] ?? ''}
            onChange={(e) => onChange(withPart(filter, part, e.target.value))}
          />
        </div>
      ))}
      <button type="button" className="btn" disabled={!isFiltered(filter)} onClick={() => onChange({})}>
        {t('filter.clear')}
      </button>
      <p role="status" className="ml-auto text-sm text-slate-600 dark:text-slate-300" data-testid="filter-count">
        {t('filter.showing', { shown, count: total })}
      </p>
    </form>
  );
}
