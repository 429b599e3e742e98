import { useId, useState, type FormEvent } from 'react';
import { formatPath } from '@/utils/export/parse-import';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import { newId } from '@/utils/model/id';
import {
  CX_DIMENSIONS,
  templateSchema,
  type Criterion,
  type CxDimension,
  type Template,
} from '@/utils/model/scorecard';
import { localize } from '@/utils/scoring/localize';
import { TemplateCriterionFields } from './TemplateCriterionFields';
import { TemplateProblems } from './TemplateProblems';

interface Props {
  t: Translate;
  locale: Locale;
  initial: Template;
  onSave: (template: Template) => Promise<boolean>;
  onCancel: () => void;
}

export function newCriterion(dimension: CxDimension): Criterion {
  return { id: `c-${newId().slice(0, 8)}`, dimension, text: '', guidance: '', weight: 1, scale: 5 };
}

/** Edits a user's template; saves only what the schema accepts, and says what it does not. */
export function TemplateEditor({ t, locale, initial, onSave, onCancel }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<string[]>([]);
  const set = (patch: Partial<Template>) => setDraft({ ...draft, ...patch });
  const toggleDimension = (dimension: CxDimension, on: boolean) =>
    set({ dimensions: CX_DIMENSIONS.filter((d) => (d === dimension ? on : draft.dimensions.includes(d))) });
  const setCriterion = (index: number, criterion: Criterion | undefined) =>
    set({ criteria: draft.criteria.flatMap((c, i) => (i !== index ? [c] : criterion ? [criterion] : [])) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = templateSchema.safeParse(draft);
    if (!parsed.success) {
      setProblems(parsed.error.issues.map((i) => `${formatPath(i.path) || t('editor.template')}: ${i.message}`));
      return;
    }
    setProblems([]);
    void onSave(parsed.data).then((saved) => {
      if (!saved) setProblems([t('editor.notSaved')]);
    });
  };
  return (
    <form className="space-y-3" onSubmit={submit} aria-labelledby={`${id}-title`} data-testid="template-editor">
      <h3 id={`${id}-title`} className="text-lg font-semibold">
        {t('editor.title', { name: localize(initial.name, locale) })}
      </h3>
      <div>
        <label className="label" htmlFor={`${id}-name`}>
          {t('editor.name')}
        </label>
        <input
          id={`${id}-name`}
          className="field"
          required
          maxLength={200}
          value={localize(draft.name, locale)}
          onChange={(e) => set({ name: e.target.value })}
        />
      </div>
      <div>
        <label className="label" htmlFor={`${id}-description`}>
          {t('editor.description')}
        </label>
        <textarea
          id={`${id}-description`}
          className="field"
          rows={2}
          value={localize(draft.description, locale)}
          onChange={(e) => set({ description: e.target.value })}
        />
      </div>
      <fieldset>
        <legend className="label">{t('editor.dimensions')}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {CX_DIMENSIONS.map((d) => (
            <label key={d} className="flex items-center gap-1">
              <input
                type="checkbox"
                checked={draft.dimensions.includes(d)}
                onChange={(e) => toggleDimension(d, e.target.checked)}
              />
              {t(`dimension.${d}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {draft.criteria.map((criterion, index) => (
        <TemplateCriterionFields
          key={criterion.id}
          t={t}
          locale={locale}
          index={index}
          criterion={criterion}
          dimensions={draft.dimensions.length > 0 ? draft.dimensions : CX_DIMENSIONS}
          onChange={(c) => setCriterion(index, c)}
          onRemove={draft.criteria.length > 1 ? () => setCriterion(index, undefined) : undefined}
        />
      ))}
      <button
        type="button"
        className="btn"
        onClick={() => set({ criteria: [...draft.criteria, newCriterion(draft.dimensions[0] ?? 'effort')] })}
      >
        {t('editor.addCriterion')}
      </button>
      {problems.length > 0 && (
        <div role="alert" className="rounded-md bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          <TemplateProblems intro={t('editor.invalid')} problems={problems} />
        </div>
      )}
      <div className="flex gap-2">
        <button type="submit" className="btn btn-primary">
          {t('common.save')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
