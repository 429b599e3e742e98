import { useId } from 'react';
import type { Translate } from '@/utils/i18n/translate';
import { SEQ_POINTS } from '@/utils/model/task';
import { usePendingValue } from './use-pending-value';

interface Props {
  t: Translate;
  value: number | undefined;
  onChange: (answer: number) => void;
}

/**
 * The Single Ease Question as Sauro and Lewis ask it: seven points, only the ends labelled (1 very difficult, 7
 * very easy). Each choice is saved at once; the arrow keys move through the points as in any radio group.
 */
export function SeqQuestion({ t, value, onChange }: Props) {
  const name = useId();
  const [shown, choose] = usePendingValue(value);
  const ends: Partial<Record<number, string>> = { 1: t('task.seqVeryDifficult'), 7: t('task.seqVeryEasy') };
  return (
    <fieldset className="space-y-1">
      <legend className="mb-1 text-sm font-medium">{t('task.seqQuestion')}</legend>
      <div className="flex justify-between gap-1">
        {SEQ_POINTS.map((point) => (
          <label
            key={point}
            className="flex min-w-8 flex-col items-center gap-0.5 rounded-md border border-slate-300 px-1 py-1 text-sm has-checked:border-emerald-700 has-checked:bg-emerald-50 dark:border-slate-600 dark:has-checked:border-emerald-400 dark:has-checked:bg-emerald-950"
          >
            <input
              type="radio"
              name={name}
              value={point}
              checked={shown === point}
              onChange={() => {
                choose(point);
                onChange(point);
              }}
            />
            <span className="tabular-nums">{point}</span>
            {ends[point] && <span className="sr-only">{ends[point]}</span>}
          </label>
        ))}
      </div>
      {/* The end labels are in the names of points 1 and 7 already; shown here for sighted users. */}
      <div className="flex justify-between text-xs text-slate-600 dark:text-slate-300" aria-hidden="true">
        <span>{ends[1]}</span>
        <span>{ends[7]}</span>
      </div>
    </fieldset>
  );
}
