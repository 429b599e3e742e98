import { z } from 'zod';

const ms = z.number().nonnegative().max(86_400_000);
/** A CSS selector naming the element behind a metric, as web-vitals' attribution gives it. */
const selector = z.string().max(500);

/**
 * What the page's own timing said about one page load: navigation timing and Core Web Vitals with the element
 * or interaction behind them. One visit in one browser: a lab sample, not field data. Every value is optional
 * (a page left before it painted has no LCP); values only ever come from the page's Performance APIs.
 */
export const pageTimingSchema = z.strictObject({
  ttfbMs: ms.optional(),
  domContentLoadedMs: ms.optional(),
  loadMs: ms.optional(),
  fcpMs: ms.optional(),
  lcpMs: ms.optional(),
  lcpElement: selector.optional(),
  /** Cumulative layout shift: a score, not a time. */
  cls: z.number().nonnegative().max(1_000).optional(),
  clsElement: selector.optional(),
  inpMs: ms.optional(),
  inpTarget: selector.optional(),
});
export type PageTiming = z.infer<typeof pageTimingSchema>;
