import { useId, useState, type FormEvent } from 'react';
import type { Translate } from '@/utils/i18n/translate';
import { FINDING_CATEGORIES, type FindingCategory, type FindingRecord } from '@/utils/model/finding-record';
import type { Severity } from '@/utils/model/finding';
import { ScreenshotImage } from './ScreenshotImage';

export interface FlagValues {
  category: FindingCategory;
  severity: Severity;
  note: string;
}

interface Props {
  t: Translate;
  finding: FindingRecord;
  busy: boolean;
  onSave: (values: FlagValues) => void;
  onDiscard: () => void;
}

const SEVERITIES: readonly Severity[] = [0, 1, 2, 3, 4];

/** The form of a new flag: what was picked (thumbnail, role, name), then category, severity and a note. */
export function FlagForm({ t, finding, busy, onSave, onDiscard }: Props) {
  const id = useId();
  const [category, setCategory] = useState<FindingCategory>(finding.category ?? 'other');
  const [severity, setSeverity] = useState<Severity>(finding.severity as Severity);
  const [note, setNote] = useState(finding.note);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave({ category, severity, note });
  };
  const element = finding.element;
  return (
    <form
      className="space-y-3 rounded-md border border-slate-300 p-3 dark:border-slate-600"
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
    >
      <h3 id={`${id}-title`} className="text-sm font-semibold">
        {t('flag.formTitle')}
      </h3>
      {finding.screenshotId && (
        <ScreenshotImage
          screenshotId={finding.screenshotId}
          size="thumbnail"
          alt={t('flag.screenshot')}
          missing={t('flag.noScreenshot')}
          className="w-full rounded border border-slate-200 dark:border-slate-700"
        />
      )}
      {element && (
        <p className="text-xs" data-flag-element>
          <span className="font-semibold">{t('flag.element')}: </span>
          {element.role && <span className="mr-1 rounded bg-slate-100 px-1 dark:bg-slate-800">{element.role}</span>}
          <span>{element.name || t('flag.unnamed')}</span>
          <code className="mt-1 block truncate text-slate-600 dark:text-slate-300" title={element.selector}>
            {element.selector}
          </code>
        </p>
      )}
      <div>
        <label className="label" htmlFor={`${id}-category`}>
          {t('flag.category')}
        </label>
        <select
          id={`${id}-category`}
          className="field"
          value={category}
          onChange={(e) => setCategory(e.target.value as FindingCategory)}
        >
          {FINDING_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`flag.category.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="label">{t('flag.severity')}</legend>
        {SEVERITIES.map((s) => (
          <label key={s} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name={`${id}-severity`}
              value={s}
              checked={severity === s}
              onChange={() => setSeverity(s)}
            />
            {t(`flag.severity.${s}`)}
          </label>
        ))}
      </fieldset>
      <div>
        <label className="label" htmlFor={`${id}-note`}>
          {t('flag.note')}
        </label>
        <textarea
          id={`${id}-note`}
          className="field min-h-16 resize-y"
          maxLength={10_000}
          value={note}
          placeholder={t('flag.notePlaceholder')}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div className="flex gap-2">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('flag.save')}
        </button>
        <button type="button" className="btn btn-danger" disabled={busy} onClick={onDiscard}>
          {t('flag.discard')}
        </button>
      </div>
    </form>
  );
}
