import { useId } from 'react';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import { MAX_WEIGHT, type Criterion, type CxDimension } from '@/utils/model/scorecard';
import type { Stage } from '@/utils/model/stage';
import { STAGES } from '@/utils/model/vocabulary';
import { localize } from '@/utils/scoring/localize';

interface Props {
  t: Translate;
  locale: Locale;
  index: number;
  criterion: Criterion;
  dimensions: readonly CxDimension[];
  onChange: (criterion: Criterion) => void;
  onRemove?: () => void;
}

/** One criterion in the template editor: text, guidance, dimension, weight, scale and the stages it is rated on. */
export function TemplateCriterionFields({ t, locale, index, criterion, dimensions, onChange, onRemove }: Props) {
  const id = useId();
  const set = (patch: Partial<Criterion>) => onChange({ ...criterion, ...patch });
  const toggleStage = (stage: Stage, on: boolean) => {
    const stages = STAGES.filter((s) => (s === stage ? on : (criterion.stages ?? []).includes(s)));
    const { stages: _, ...rest } = criterion;
    onChange(stages.length > 0 ? { ...rest, stages } : rest);
  };
  return (
    <fieldset
      className="space-y-2 rounded-md border border-slate-200 p-2 dark:border-slate-700"
      data-testid="criterion-fields"
    >
      <legend className="px-1 text-sm font-semibold">{t('editor.criterion', { n: index + 1 })}</legend>
      <div>
        <label className="label" htmlFor={`${id}-text`}>
          {t('editor.text')}
        </label>
        <input
          id={`${id}-text`}
          className="field"
          required
          maxLength={500}
          value={localize(criterion.text, locale)}
          onChange={(e) => set({ text: e.target.value })}
        />
      </div>
      <div>
        <label className="label" htmlFor={`${id}-guidance`}>
          {t('editor.guidance')}
        </label>
        <textarea
          id={`${id}-guidance`}
          className="field"
          rows={3}
          maxLength={10_000}
          value={localize(criterion.guidance, locale)}
          onChange={(e) => set({ guidance: e.target.value })}
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <div>
          <label className="label" htmlFor={`${id}-dimension`}>
            {t('editor.dimension')}
          </label>
          <select
            id={`${id}-dimension`}
            className="field w-auto"
            value={criterion.dimension}
            onChange={(e) => set({ dimension: e.target.value as CxDimension })}
          >
            {dimensions.map((d) => (
              <option key={d} value={d}>
                {t(`dimension.${d}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label className="label" htmlFor={`${id}-weight`}>
            {t('editor.weight')}
          </label>
          <input
            id={`${id}-weight`}
            className="field w-20"
            type="number"
            min={0}
            max={MAX_WEIGHT}
            step={0.5}
            required
            value={criterion.weight}
            onChange={(e) => set({ weight: Number(e.target.value) })}
          />
        </div>
        <fieldset>
          <legend className="label">{t('editor.scale')}</legend>
          <div className="flex gap-3 text-sm">
            {([5, 7] as const).map((scale) => (
              <label key={scale} className="flex items-center gap-1">
                <input
                  type="radio"
                  name={`${id}-scale`}
                  checked={criterion.scale === scale}
                  onChange={() => set({ scale })}
                />
                {t('editor.scalePoints', { scale })}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <details>
        <summary className="cursor-pointer text-xs font-semibold">
          {criterion.stages ? t('editor.stagesSome', { count: criterion.stages.length }) : t('editor.stagesAll')}
        </summary>
        <fieldset className="mt-1 grid grid-cols-2 gap-1 text-xs sm:grid-cols-3">
          <legend className="sr-only">{t('editor.stages')}</legend>
          {STAGES.map((stage) => (
            <label key={stage} className="flex items-center gap-1">
              <input
                type="checkbox"
                checked={criterion.stages?.includes(stage) ?? false}
                onChange={(e) => toggleStage(stage, e.target.checked)}
              />
              {t(`stage.${stage}`)}
            </label>
          ))}
        </fieldset>
      </details>
      {onRemove && (
        <button type="button" className="btn btn-danger" onClick={onRemove}>
          {t('editor.removeCriterion', { n: index + 1 })}
        </button>
      )}
    </fieldset>
  );
}
