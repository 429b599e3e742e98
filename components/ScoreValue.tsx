import type { Translate } from '@/utils/i18n/translate';
import type { Score } from '@/utils/scoring/score';

/** A score as shown: a whole number from 0 to 100, or a dash that says there is nothing to score. */
export function formatScore(score: Score): string {
  return score.value === undefined ? '–' : String(Math.round(score.value));
}

/** The score's number, with its colour band (as Lighthouse: 90 and up good, under 50 poor) and a spoken name. */
export function ScoreValue({ t, label, score }: { t: Translate; label: string; score: Score }) {
  const value = score.value;
  const band =
    value === undefined
      ? 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200'
      : value >= 90
        ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100'
        : value >= 50
          ? 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100'
          : 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100';
  return (
    <span className={`inline-flex items-baseline gap-1 rounded px-1.5 text-sm font-semibold tabular-nums ${band}`}>
      <span className="sr-only">{label}: </span>
      <span data-testid="score-value">{formatScore(score)}</span>
      {value === undefined && <span className="sr-only">{t('score.none')}</span>}
    </span>
  );
}
