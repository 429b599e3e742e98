import type { PageTiming } from '../model/page-timing';
import type { Touchpoint } from '../model/touchpoint';
import { dwellMs } from '../recording/touchpoint-time';

type Step = Pick<Touchpoint, 'enteredAt' | 'leftAt' | 'visibleMs' | 'visibleSince' | 'timing'>;

export interface WaitAndThink {
  /** The site made the customer wait: from the request until the page's main content was shown. */
  waitMs: number;
  /** The customer's own time on the step: reading, choosing, typing. */
  thinkMs: number;
}

/**
 * When a loaded page was ready to use, as far as its timing tells: its largest content painted, else its load
 * event, else its first paint. Undefined when nothing was measured (no access to the site, or a route change).
 */
export function readyMs(timing: PageTiming | undefined): number | undefined {
  return timing?.lcpMs ?? timing?.loadMs ?? timing?.domContentLoadedMs ?? timing?.fcpMs;
}

/**
 * Splits a touchpoint's time into waiting for the site and the customer's own time. The wait is the page load until
 * it was ready (never more than the whole step); routes within a page and unmeasured pages count as no wait, so
 * the split never invents a delay it did not see.
 */
export function waitAndThink(tp: Step, now: number): WaitAndThink {
  const total = dwellMs(tp, now);
  const waitMs = Math.min(total, Math.round(readyMs(tp.timing) ?? 0));
  return { waitMs, thinkMs: total - waitMs };
}

/** The same over a whole journey (or a task's part of it). */
export function journeyWaitAndThink(touchpoints: readonly Step[], now: number): WaitAndThink {
  let waitMs = 0;
  let thinkMs = 0;
  for (const tp of touchpoints) {
    const split = waitAndThink(tp, now);
    waitMs += split.waitMs;
    thinkMs += split.thinkMs;
  }
  return { waitMs, thinkMs };
}
