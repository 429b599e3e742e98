import { fieldsSeen, unaskedInterruptions } from '../journey/touchpoint-counts';
import type { FindingRecord } from '../model/finding-record';
import type { Touchpoint } from '../model/touchpoint';
import { offWebDurations } from '../recording/off-web-touchpoint';
import { dwellMs } from '../recording/touchpoint-time';
import { severityPenalty } from '../scoring/severity-penalty';
import type { MetricValues, SeverityCounts } from './metrics';

/** The figures of one row (or of a whole audit) of one audit. */
export interface RowFigures {
  values: MetricValues;
  /** Confirmed findings on the row's touchpoints, by severity. */
  findingsBySeverity: SeverityCounts;
  /** The touchpoints summed, in the order recorded: a stage visited twice has both visits here. */
  touchpointIds: string[];
}

type Measured = (tp: Touchpoint) => number | undefined;

/** A page's dwell; a contact's waiting plus serving (until `now` while its stopwatch runs). */
function timeOf(tp: Touchpoint, now: number): number {
  if (tp.channel === 'web') return dwellMs(tp, now);
  const { waitMs, handlingMs } = offWebDurations(tp, now);
  return waitMs + (handlingMs ?? 0);
}

const clicksOf: Measured = (tp) => tp.interaction?.clicks;

/** The sum over the touchpoints that measured it; absent when none did, so that "not measured" is never a zero. */
function sumMeasured(touchpoints: readonly Touchpoint[], read: Measured): number | undefined {
  const measured = touchpoints.map(read).filter((n): n is number => n !== undefined);
  return measured.length === 0 ? undefined : measured.reduce((a, b) => a + b, 0);
}

function bySeverity(findings: readonly FindingRecord[]): SeverityCounts {
  const counts: SeverityCounts = [0, 0, 0, 0, 0];
  for (const f of findings) counts[f.severity as 0 | 1 | 2 | 3 | 4] += 1;
  return counts;
}

/**
 * Figures of a set of touchpoints with their confirmed findings and score. Findings are weighted by the points
 * docs/scoring.md deducts for their severity (3 × 2^(s−1)), so one catastrophe outweighs several cosmetic problems;
 * unlike the score, every finding counts here, also a rule's repeats: this metric says how much went wrong.
 */
export function figureRow(
  touchpoints: readonly Touchpoint[],
  confirmed: readonly FindingRecord[],
  score: number | undefined,
  now: number,
): RowFigures {
  const pages = touchpoints.filter((tp) => tp.channel === 'web').length;
  const values: MetricValues = {
    timeMs: touchpoints.reduce((sum, tp) => sum + timeOf(tp, now), 0),
    pages: pages === 0 ? undefined : pages,
    clicks: sumMeasured(touchpoints, clicksOf),
    fields: sumMeasured(touchpoints, fieldsSeen),
    interruptions: sumMeasured(touchpoints, unaskedInterruptions),
    findingPoints: confirmed.reduce((sum, f) => sum + severityPenalty(f.severity), 0),
    score,
  };
  return {
    values: dropAbsent(values),
    findingsBySeverity: bySeverity(confirmed),
    touchpointIds: touchpoints.map((tp) => tp.id),
  };
}

/** Absent keys rather than keys set to undefined, so that equality in tests and `in` checks say the same. */
function dropAbsent(values: MetricValues): MetricValues {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as MetricValues;
}
