import { BETTER, type Metric } from './metrics';

/**
 * Which of the values are the best on `metric`: every value equal to the best (ties all win); a gap (undefined) is
 * never best, not even when every other value is a gap.
 */
export function markBest(metric: Metric, values: readonly (number | undefined)[]): boolean[] {
  const present = values.filter((v): v is number => v !== undefined);
  if (present.length === 0) return values.map(() => false);
  const best = BETTER[metric] === 'lower' ? Math.min(...present) : Math.max(...present);
  return values.map((v) => v === best);
}
