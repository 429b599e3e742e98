import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import type { Template } from '@/utils/model/scorecard';
import { RULES } from '@/utils/rules/registry';
import { totalPenalty } from '@/utils/scoring/penalty-terms';
import { localize } from '@/utils/scoring/localize';
import type { PenaltyTerm, Score, SkippedRating } from '@/utils/scoring/score';
import { formatScore } from './ScoreValue';

interface Props {
  t: Translate;
  locale: Locale;
  score: Score;
  template: Template;
  /** What a part (a touchpoint or a stage) is called, for a stage's or the audit's score. */
  partName?: (id: string) => string;
  /** `touchpoints` or `stages`: what the parts of this score are. */
  parts?: 'touchpoints' | 'stages';
}

/** A criterion left out for a reason of its own; unrated ones are counted in one line. */
type Left = SkippedRating & { reason: Exclude<SkippedRating['reason'], 'unrated'> };

function number(value: number, locale: Locale): string {
  return value.toLocaleString(locale, { maximumFractionDigits: 2 });
}

/** The evidence's measured values in one line ("metric lcp, value 4200"). */
function measured(term: PenaltyTerm): string {
  return Object.entries(term.evidence.values)
    .map(([name, value]) => `${name} ${String(value)}`)
    .join(', ');
}

/** "Why 62?": every term of a score, in the order the formula takes them (docs/scoring.md). */
export function ScoreWhy({ t, locale, score, template, partName = (id) => id, parts = 'touchpoints' }: Props) {
  const criterion = (id: string) => {
    const found = template.criteria.find((c) => c.id === id);
    return found ? localize(found.text, locale) : id;
  };
  const finding = (term: PenaltyTerm) =>
    term.ruleId === 'manual'
      ? t('score.ownFinding')
      : (RULES.find((r) => r.id === term.ruleId)?.title[locale] ?? term.ruleId);
  const unrated = score.skipped.filter((s) => s.reason === 'unrated').length;
  const fmt = (v: number) => number(v, locale);
  return (
    <details className="text-xs" data-testid="score-why">
      <summary className="cursor-pointer underline">
        {score.value === undefined ? t('score.whyNone') : t('score.why', { score: formatScore(score) })}
      </summary>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {score.ratings.map((r) => (
          <li key={r.criterionId}>
            {t('score.ratingTerm', {
              criterion: criterion(r.criterionId),
              value: r.value,
              scale: r.scale,
              weight: fmt(r.weight),
              points: fmt(r.points),
            })}
          </li>
        ))}
        {score.skipped
          .filter((s): s is Left => s.reason !== 'unrated')
          .map((s) => (
            <li key={s.criterionId}>{t(`score.skipped.${s.reason}`, { criterion: criterion(s.criterionId) })}</li>
          ))}
        {unrated > 0 && <li>{t('score.unrated', { count: unrated })}</li>}
        {score.parts.map((p) => (
          <li key={p.id}>{t('score.part', { name: partName(p.id), score: fmt(p.score) })}</li>
        ))}
        {score.base && (
          <li>
            {score.base.from === 'ratings'
              ? t('score.baseRatings', { value: fmt(score.base.value) })
              : score.base.from === 'parts'
                ? t(parts === 'stages' ? 'score.baseStages' : 'score.baseTouchpoints', {
                    count: score.parts.length,
                    value: fmt(score.base.value),
                  })
                : t('score.baseUnrated')}
          </li>
        )}
        {score.penalties.map((p) => (
          <li key={p.findingId}>
            {t(p.repeatOf ? 'score.repeat' : 'score.penalty', {
              finding: finding(p),
              severity: p.severity,
              points: p.penalty,
            })}
            {measured(p) && <span className="text-slate-600 dark:text-slate-300"> ({measured(p)})</span>}
          </li>
        ))}
        {score.base && score.value !== undefined ? (
          <li className="font-semibold">
            {t('score.result', {
              base: fmt(score.base.value),
              penalty: totalPenalty(score.penalties),
              value: fmt(score.value),
            })}
          </li>
        ) : (
          <li>{t('score.nothing')}</li>
        )}
      </ul>
    </details>
  );
}
