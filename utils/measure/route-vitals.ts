import { elementSelector } from './describe-element';

/**
 * CLS and INP for one window of time, from raw performance entries, so that each single-page-app route gets its own
 * values (web-vitals reports one value per page load; Chrome's soft-navigation heuristics are still experimental).
 * The entries passed are those of the window; `entriesSince` cuts them.
 */

/** web.dev's session windows (2021): a window closes after 1 s without a shift or 5 s after its first shift. */
export const CLS_SESSION_GAP_MS = 1_000;
export const CLS_SESSION_MAX_MS = 5_000;

/** What CLS reads from a `layout-shift` entry (a LayoutShift satisfies it). */
export interface LayoutShiftLike {
  value: number;
  hadRecentInput: boolean;
  startTime: number;
  sources?: readonly { node?: Node | null }[];
}

/** What INP reads from an `event` entry (a PerformanceEventTiming satisfies it). */
export interface EventTimingLike {
  interactionId?: number;
  duration: number;
  startTime: number;
  target?: Node | null;
}

export function entriesSince<T extends { startTime: number }>(entries: readonly T[], start: number): T[] {
  return entries.filter((entry) => entry.startTime >= start);
}

/** The element's selector, for a node that is an element (a text node's parent stands in for it). */
function selectorOf(node: Node | null | undefined): string | undefined {
  const element = node?.nodeType === 1 ? (node as Element) : node?.parentElement;
  return element ? elementSelector(element) : undefined;
}

/**
 * Cumulative Layout Shift: the largest session window's total of shifts without recent input, with the selector of
 * the first element source of that window's largest shift (as web-vitals' attribution picks it).
 */
export function clsOf(shifts: readonly LayoutShiftLike[]): { cls: number; element?: string } {
  let best = { total: 0, entries: [] as LayoutShiftLike[] };
  let current = { total: 0, entries: [] as LayoutShiftLike[] };
  const sorted = shifts.filter((s) => !s.hadRecentInput).sort((a, b) => a.startTime - b.startTime);
  for (const shift of sorted) {
    const first = current.entries[0];
    const last = current.entries[current.entries.length - 1];
    const joins =
      first &&
      last &&
      shift.startTime - last.startTime < CLS_SESSION_GAP_MS &&
      shift.startTime - first.startTime < CLS_SESSION_MAX_MS;
    current = joins
      ? { total: current.total + shift.value, entries: [...current.entries, shift] }
      : { total: shift.value, entries: [shift] };
    if (current.total > best.total) best = current;
  }
  const largest = best.entries.reduce<LayoutShiftLike | undefined>(
    (a, b) => (!a || b.value > a.value ? b : a),
    undefined,
  );
  const source = largest?.sources?.find((s) => s.node?.nodeType === 1) ?? largest?.sources?.[0];
  const element = selectorOf(source?.node);
  return element ? { cls: best.total, element } : { cls: best.total };
}

/**
 * Interaction to Next Paint: interactions grouped by interactionId, each as long as its longest event; the worst
 * one, or with 50 or more interactions an estimated 98th percentile (one worst interaction skipped per 50, as
 * web-vitals does), with the selector of its target.
 */
export function inpOf(
  events: readonly EventTimingLike[],
): { inpMs: number; target?: string; interactions: number } | undefined {
  const longest = new Map<number, { duration: number; target: Node | null | undefined }>();
  for (const event of events) {
    if (!event.interactionId) continue;
    const seen = longest.get(event.interactionId);
    if (!seen) longest.set(event.interactionId, { duration: event.duration, target: event.target });
    else if (event.duration > seen.duration) {
      longest.set(event.interactionId, { duration: event.duration, target: event.target ?? seen.target });
    } else seen.target ??= event.target;
  }
  const ranked = [...longest.values()].sort((a, b) => b.duration - a.duration);
  const pick = ranked[Math.min(Math.floor(ranked.length / 50), ranked.length - 1)];
  if (!pick) return undefined;
  const target = selectorOf(pick.target);
  const result = { inpMs: pick.duration, interactions: ranked.length };
  return target ? { ...result, target } : result;
}
