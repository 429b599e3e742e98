import type { PageTiming } from '../model/page-timing';

export type Rating = 'good' | 'needs-improvement' | 'poor';

/**
 * Core Web Vitals thresholds (good up to the first, poor above the second), from web.dev's "Web Vitals" (2024):
 * LCP 2.5 s / 4 s, INP 200 ms / 500 ms, CLS 0.1 / 0.25, FCP 1.8 s / 3 s, TTFB 0.8 s / 1.8 s.
 */
export const VITAL_THRESHOLDS = {
  ttfbMs: [800, 1_800],
  fcpMs: [1_800, 3_000],
  lcpMs: [2_500, 4_000],
  inpMs: [200, 500],
  cls: [0.1, 0.25],
} as const satisfies Partial<Record<keyof PageTiming, readonly [number, number]>>;

export type RatedVital = keyof typeof VITAL_THRESHOLDS;

export function rateVital(vital: RatedVital, value: number): Rating {
  const [good, poor] = VITAL_THRESHOLDS[vital];
  if (value <= good) return 'good';
  return value <= poor ? 'needs-improvement' : 'poor';
}
