import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import type { Touchpoint } from '@/utils/model/touchpoint';
import { criteriaForStage } from '@/utils/scoring/criteria-for-stage';
import { RatingCriterion } from './RatingCriterion';
import { ScoreValue } from './ScoreValue';
import { ScoreWhy } from './ScoreWhy';
import { useScorecard } from './ScorecardContext';

interface Props {
  t: Translate;
  locale: Locale;
  touchpoint: Touchpoint;
  /** Offer the card for rating; without it the score is shown with its reasons only. */
  editable: boolean;
}

/** A touchpoint's score with its reasons, and its ratings on the criteria of the audit's card for its stage. */
export function ScorecardTouchpoint({ t, locale, touchpoint, editable }: Props) {
  const card = useScorecard();
  if (!card) return null;
  const score = card.scores.touchpoints.get(touchpoint.id);
  if (!score) return null;
  const criteria = criteriaForStage(card.template, touchpoint.stage);
  const ratings = touchpoint.ratings ?? {};
  const rated = criteria.filter((c) => ratings[c.id] !== undefined).length;
  return (
    <div className="mt-1 space-y-1" data-testid="touchpoint-score">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span>{t('score.touchpoint')}</span>
        <ScoreValue t={t} label={t('score.touchpoint')} score={score} />
        <ScoreWhy t={t} locale={locale} score={score} template={card.template} />
      </div>
      {editable && (
        <details className="text-sm" data-testid="rating-card">
          <summary className="cursor-pointer text-xs font-medium">
            {t('rating.summary', { rated, total: criteria.length })}
          </summary>
          {criteria.length === 0 ? (
            <p className="mt-1 text-xs">{t('rating.noCriteria')}</p>
          ) : (
            <div className="mt-1 space-y-2">
              {criteria.map((criterion) => (
                <RatingCriterion
                  key={criterion.id}
                  t={t}
                  locale={locale}
                  criterion={criterion}
                  value={ratings[criterion.id]}
                  onRate={(value) => card.rate(touchpoint.id, criterion.id, value)}
                />
              ))}
            </div>
          )}
        </details>
      )}
    </div>
  );
}
