/**
 * What a report compares per row and per audit. `timeMs`: time spent (a page's dwell; a contact's waiting and
 * serving). `pages`: web touchpoints. `clicks`, `fields` (form fields shown), `interruptions` (overlays the customer
 * did not ask for). `findingPoints`: the confirmed findings weighted by severity. `score`: 0-100 (docs/scoring.md).
 */
export const METRICS = ['timeMs', 'pages', 'clicks', 'fields', 'interruptions', 'findingPoints', 'score'] as const;
export type Metric = (typeof METRICS)[number];

/** Less effort, friction and waiting is better; only the score is better higher. */
export const BETTER: Readonly<Record<Metric, 'lower' | 'higher'>> = {
  timeMs: 'lower',
  pages: 'lower',
  clicks: 'lower',
  fields: 'lower',
  interruptions: 'lower',
  findingPoints: 'lower',
  score: 'higher',
};

/** A row's figures by metric; a metric is absent when nothing in the row measured it (a gap, never a zero). */
export type MetricValues = Partial<Record<Metric, number>>;

/** How many confirmed findings of each Nielsen severity (index 0-4: none, cosmetic, minor, major, catastrophe). */
export type SeverityCounts = [number, number, number, number, number];

/** Whether `a` is better than `b` on `metric`. */
export function isBetter(metric: Metric, a: number, b: number): boolean {
  return BETTER[metric] === 'lower' ? a < b : a > b;
}
