import { countsTowardsScore, type FindingRecord } from '../../model/finding-record';
import type { Channel, Touchpoint } from '../../model/touchpoint';
import { dwellMs } from '../../recording/touchpoint-time';
import { rowOf, type RowKey } from '../row-key';

/** A touchpoint as a bar over time: milliseconds from the audit's start. */
export interface TimelineBar {
  touchpointId: string;
  row: RowKey;
  channel: Channel;
  title: string;
  startMs: number;
  endMs: number;
}

/** A confirmed finding as a mark on the timeline, at the moment it was recorded. */
export interface TimelineMark {
  findingId: string;
  touchpointId?: string;
  severity: number;
  atMs: number;
}

export interface JourneyTimeline {
  /** The journey's end: the last bar's end or mark, whichever is later (0 for an empty journey). */
  durationMs: number;
  bars: TimelineBar[];
  marks: TimelineMark[];
}

/**
 * An audit's journey on its own clock: each touchpoint from when it began to when it ended (until `now` while it is
 * open), in the order recorded, and its confirmed findings as marks. Offsets are from `startedAt` and never
 * negative, so journeys of different days share one axis.
 */
export function journeyTimeline(
  startedAt: number,
  touchpoints: readonly Touchpoint[],
  findings: readonly FindingRecord[],
  now: number,
): JourneyTimeline {
  const offset = (at: number) => Math.max(0, at - startedAt);
  const bars = [...touchpoints]
    .sort((a, b) => a.seq - b.seq)
    .map((tp) => ({
      touchpointId: tp.id,
      row: rowOf(tp),
      channel: tp.channel,
      title: tp.title,
      startMs: offset(tp.enteredAt),
      endMs: offset(tp.enteredAt + dwellMs(tp, now)),
    }));
  const marks = findings.filter(countsTowardsScore).map((f) => ({
    findingId: f.id,
    ...(f.touchpointId === undefined ? {} : { touchpointId: f.touchpointId }),
    severity: f.severity,
    atMs: offset(f.createdAt),
  }));
  const durationMs = Math.max(0, ...bars.map((b) => b.endMs), ...marks.map((m) => m.atMs));
  return { durationMs, bars, marks };
}
