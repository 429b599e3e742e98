import type { Touchpoint } from '../model/touchpoint';

/**
 * A step left with Back within this time was a dead end: the customer saw at a glance it was not what they wanted
 * ("pogo-sticking"). Our threshold; session-replay tools flag quick backs in the same range of a few seconds.
 */
export const QUICK_BACK_MS = 10_000;

type Step = Pick<Touchpoint, 'id' | 'url' | 'enteredAt' | 'backForward'>;

/**
 * The touchpoints the customer quickly went back from: step B, entered from A, followed by a Back navigation to
 * A's address within QUICK_BACK_MS of arriving on B. The list is in journey order.
 */
export function quickBacks(journey: readonly Step[]): Step[] {
  const found: Step[] = [];
  for (let i = 1; i + 1 < journey.length; i++) {
    const [before, step, after] = [journey[i - 1]!, journey[i]!, journey[i + 1]!];
    if (after.backForward && after.url === before.url && after.enteredAt - step.enteredAt < QUICK_BACK_MS)
      found.push(step);
  }
  return found;
}

/** How often the customer pressed Back or Forward (in the browser or a single-page app) on the journey. */
export function countBackNavigations(journey: readonly Pick<Touchpoint, 'backForward'>[]): number {
  return journey.filter((tp) => tp.backForward).length;
}
