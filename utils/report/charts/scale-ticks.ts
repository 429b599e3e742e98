/** Steps of a readable axis: 1, 2 and 5 times a power of ten. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].find((m) => m * power >= rough) ?? 10;
  return step * power;
}

/**
 * An axis from 0 that reaches `max` in about `count` readable steps: the scale's end (a multiple of the step, at
 * least `max`) and the tick values. `max` of 0 or less gets an axis to 1.
 */
export function niceScale(max: number, count = 5): { end: number; ticks: number[] } {
  const top = max > 0 ? max : 1;
  const step = niceStep(top / count);
  const steps = Math.max(1, Math.ceil(top / step - 1e-9));
  const ticks = Array.from({ length: steps + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6);
  return { end: ticks[steps]!, ticks };
}

/** Time steps people count in: seconds, minutes, hours. */
const TIME_STEPS_MS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1_800, 3_600, 7_200, 14_400, 43_200, 86_400].map(
  (s) => s * 1_000,
);

/** A time axis from 0 to at least `maxMs` in about `count` steps of a round number of seconds, minutes or hours. */
export function timeScale(maxMs: number, count = 6): { end: number; ticks: number[] } {
  const step = TIME_STEPS_MS.find((s) => s * count >= maxMs) ?? niceStep(maxMs / count);
  const end = Math.max(step, Math.ceil(maxMs / step) * step);
  return { end, ticks: Array.from({ length: end / step + 1 }, (_, i) => i * step) };
}
