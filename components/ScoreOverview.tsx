import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import { localize } from '@/utils/scoring/localize';
import type { StageKey } from '@/utils/scoring/score';
import { ScoreValue } from './ScoreValue';
import { ScoreWhy } from './ScoreWhy';
import { useScorecard } from './ScorecardContext';

/** The audit's score and each stage's, each able to say why; the card they are rated on is named. */
export function ScoreOverview({ t, locale }: { t: Translate; locale: Locale }) {
  const card = useScorecard();
  if (!card) return null;
  const { template, scores, touchpoints } = card;
  const stageName = (stage: string) =>
    stage === 'unassigned' ? t('score.stageUnassigned') : t(`stage.${stage as Exclude<StageKey, 'unassigned'>}`);
  const touchpointName = (id: string) => {
    const tp = touchpoints.find((x) => x.id === id);
    return tp ? `${tp.seq + 1}. ${tp.title || t('journey.untitled')}` : id;
  };
  return (
    <section
      className="space-y-2 rounded-md border border-slate-200 p-2 dark:border-slate-700"
      data-testid="score-overview"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-sm font-semibold">{t('score.audit')}</h3>
        <ScoreValue t={t} label={t('score.audit')} score={scores.audit} />
        <span className="text-xs text-slate-600 dark:text-slate-300">
          {t('score.card', { name: localize(template.name, locale) })}
        </span>
      </div>
      <div data-testid="audit-score-why">
        <ScoreWhy t={t} locale={locale} score={scores.audit} template={template} partName={stageName} parts="stages" />
      </div>
      {scores.stages.length > 0 && (
        <ul className="space-y-1" aria-label={t('score.stages')}>
          {scores.stages.map(({ stage, score }) => (
            <li key={stage} className="text-sm" data-testid="stage-score" data-stage={stage}>
              <div className="flex flex-wrap items-center gap-2">
                <span>{stageName(stage)}</span>
                <ScoreValue t={t} label={stageName(stage)} score={score} />
              </div>
              <ScoreWhy t={t} locale={locale} score={score} template={template} partName={touchpointName} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
