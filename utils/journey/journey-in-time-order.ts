import type { Touchpoint } from '../model/touchpoint';

type Timed = Pick<Touchpoint, 'seq' | 'enteredAt'>;

/**
 * The journey as the customer lived it: by when each contact began, then by the order recorded. A contact off the web
 * is numbered when it is entered (its `seq` comes after every page there was), yet it belongs where it happened: the
 * hotline call made between two pages, the e-mail's answer that came days after the walk. The list is new; the
 * touchpoints keep their numbers, so "3." means the same step here as in findings and the evidence chain.
 */
export function journeyInTimeOrder<T extends Timed>(touchpoints: readonly T[]): T[] {
  return [...touchpoints].sort((a, b) => a.enteredAt - b.enteredAt || a.seq - b.seq);
}
