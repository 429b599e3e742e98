import { useId } from 'react';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import { NOT_APPLICABLE, type Criterion, type RatingValue } from '@/utils/model/scorecard';
import { localize } from '@/utils/scoring/localize';
import { RatingScale } from './RatingScale';

interface Props {
  t: Translate;
  locale: Locale;
  criterion: Criterion;
  value: RatingValue | undefined;
  onRate: (value: RatingValue | undefined) => void;
}

/** One criterion of the card: its guidance in view, the scale's points and "not applicable" as one radio group. */
export function RatingCriterion({ t, locale, criterion, value, onRate }: Props) {
  const guidanceId = useId();
  const text = localize(criterion.text, locale);
  const points = Array.from({ length: criterion.scale }, (_, i) => i + 1);
  return (
    <div
      className="space-y-1 rounded-md bg-slate-50 p-2 dark:bg-slate-800"
      data-testid="rating"
      data-criterion={criterion.id}
    >
      <RatingScale<RatingValue>
        legend={`${text} (${t(`dimension.${criterion.dimension}`)}, ${t('rating.weight', { weight: criterion.weight })})`}
        describedBy={guidanceId}
        value={value}
        ends={[t('rating.low'), t('rating.high')]}
        points={[
          ...points.map((p) => ({
            value: p,
            shown: String(p),
            label: p === 1 ? t('rating.low') : p === criterion.scale ? t('rating.high') : undefined,
          })),
          { value: NOT_APPLICABLE, shown: t('rating.notApplicableShort'), label: t('rating.notApplicable') },
        ]}
        onChange={onRate}
      />
      <p id={guidanceId} className="text-xs text-slate-700 dark:text-slate-300">
        {localize(criterion.guidance, locale)}
      </p>
      {value !== undefined && (
        <button
          type="button"
          className="text-xs underline"
          aria-label={t('rating.clearNamed', { criterion: text })}
          onClick={() => onRate(undefined)}
        >
          {t('rating.clear')}
        </button>
      )}
    </div>
  );
}
