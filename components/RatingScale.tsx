import { useId } from 'react';
import { usePendingValue } from './use-pending-value';

interface Props<T extends number | string> {
  legend: string;
  /** The points, in order; `label` is read out in place of the point (the ends' words), `shown` is what is seen. */
  points: readonly { value: T; shown: string; label?: string }[];
  value: T | undefined;
  /** Described by (guidance, the touchpoint's title). */
  describedBy?: string;
  ends?: [string, string];
  onChange: (value: T) => void;
}

/**
 * One question answered on a scale, as a radio group: the arrow keys move through the points, each choice is saved
 * at once. Only the ends carry words, as on the Single Ease Question.
 */
export function RatingScale<T extends number | string>({
  legend,
  points,
  value,
  describedBy,
  ends,
  onChange,
}: Props<T>) {
  const name = useId();
  const [shown, choose] = usePendingValue(value);
  return (
    <fieldset className="space-y-1" aria-describedby={describedBy}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-1">
        {points.map((point) => (
          <label
            key={String(point.value)}
            className="flex min-w-8 flex-col items-center gap-0.5 rounded-md border border-slate-300 px-1 py-1 text-sm has-checked:border-emerald-700 has-checked:bg-emerald-50 dark:border-slate-600 dark:has-checked:border-emerald-400 dark:has-checked:bg-emerald-950"
          >
            <input
              type="radio"
              name={name}
              value={String(point.value)}
              checked={shown === point.value}
              onChange={() => {
                choose(point.value);
                onChange(point.value);
              }}
            />
            <span className="tabular-nums">{point.shown}</span>
            {point.label && <span className="sr-only">{point.label}</span>}
          </label>
        ))}
      </div>
      {ends && (
        <div className="flex justify-between text-xs text-slate-600 dark:text-slate-300" aria-hidden="true">
          <span>{ends[0]}</span>
          <span>{ends[1]}</span>
        </div>
      )}
    </fieldset>
  );
}
