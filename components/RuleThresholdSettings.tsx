import { useId } from 'react';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import type { Rule, RuleThreshold } from '@/utils/model/finding';
import { RULES } from '@/utils/rules/registry';
import { effectiveThreshold, type RuleThresholds } from '@/utils/rules/run-rules';

interface Props {
  t: Translate;
  locale: Locale;
  thresholds: RuleThresholds;
  /** A rule's new threshold, or undefined to go back to its default. */
  onChange: (ruleId: string, value: number | undefined) => void;
}

type ThresholdRule = Rule & { threshold: RuleThreshold };

/** Money needs cents; the other thresholds count whole things (fields, clicks, percent). */
const step = (threshold: RuleThreshold) => (Number.isInteger(threshold.min) ? 1 : 0.01);

/** The friction rules whose threshold the user may change, each with its default and the source of that default. */
export function RuleThresholdSettings({ t, locale, thresholds, onChange }: Props) {
  const rules = RULES.filter((rule): rule is ThresholdRule => rule.threshold !== undefined);
  return (
    <ul className="space-y-4">
      {rules.map((rule) => (
        <RuleThresholdField
          key={rule.id}
          t={t}
          locale={locale}
          rule={rule}
          value={effectiveThreshold(rule, thresholds)}
          changed={thresholds[rule.id] !== undefined}
          onChange={(value) => onChange(rule.id, value)}
        />
      ))}
    </ul>
  );
}

function RuleThresholdField({
  t,
  locale,
  rule,
  value,
  changed,
  onChange,
}: {
  t: Translate;
  locale: Locale;
  rule: ThresholdRule;
  value: number;
  changed: boolean;
  onChange: (value: number | undefined) => void;
}) {
  const id = useId();
  const { threshold } = rule;
  const number = (n: number) => n.toLocaleString(locale);
  const commit = (input: HTMLInputElement) => {
    // Out of range or empty: the browser marks the field invalid and nothing is stored.
    if (input.value === '' || !input.checkValidity()) return;
    const next = Number(input.value);
    onChange(next === threshold.value ? undefined : next);
  };
  return (
    <li className="space-y-1" data-rule={rule.id}>
      <label className="label" htmlFor={id}>
        {rule.title[locale]}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          key={value}
          className="field w-28 tabular-nums invalid:border-red-600"
          type="number"
          inputMode="decimal"
          min={threshold.min}
          max={threshold.max}
          step={step(threshold)}
          defaultValue={value}
          aria-describedby={`${id}-about`}
          onBlur={(e) => commit(e.currentTarget)}
          onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget)}
        />
        <span className="text-sm">{rule.threshold.unit[locale]}</span>
        {changed && (
          <button type="button" className="text-sm underline" onClick={() => onChange(undefined)}>
            {t('settings.thresholdReset', { value: number(threshold.value) })}
          </button>
        )}
      </div>
      <p id={`${id}-about`} className="text-xs text-slate-700 dark:text-slate-300">
        {t('settings.thresholdAbout', {
          min: number(threshold.min),
          max: number(threshold.max),
          value: number(threshold.value),
          source: rule.source.name,
          year: rule.source.year,
        })}
      </p>
    </li>
  );
}
