import type { Touchpoint } from '../model/touchpoint';

type Timed = Pick<Touchpoint, 'enteredAt' | 'leftAt' | 'visibleMs' | 'visibleSince'>;

/** How long the customer stayed on the touchpoint: until it was left, or until `now` while it is open. */
export function dwellMs(tp: Timed, now: number): number {
  return Math.max(0, (tp.leftAt ?? now) - tp.enteredAt);
}

/** Time the touchpoint was visible to the customer (its tab in front), up to `now` while it is open. */
export function visibleMs(tp: Timed, now: number): number {
  if (tp.visibleSince === undefined) return tp.visibleMs;
  const end = Math.min(tp.leftAt ?? now, now);
  return tp.visibleMs + Math.max(0, end - tp.visibleSince);
}

/**
 * The change to a touchpoint when its visibility becomes `visible` at `at`. Repeating the current state changes
 * nothing, so the content script and the tab events may both report it.
 */
export function visibilityChange(tp: Timed, visible: boolean, at: number): Partial<Timed> | undefined {
  const when = Math.max(at, tp.enteredAt);
  if (visible) return tp.visibleSince === undefined ? { visibleSince: when } : undefined;
  if (tp.visibleSince === undefined) return undefined;
  return { visibleMs: visibleMs(tp, when), visibleSince: undefined };
}

/** The change that closes a touchpoint at `at`: it is left, and its visible time is settled. */
export function closing(tp: Timed, at: number): Partial<Timed> {
  const leftAt = Math.max(at, tp.enteredAt);
  return { leftAt, visibleMs: visibleMs(tp, leftAt), visibleSince: undefined };
}
