import type { Stage } from '../model/stage';
import { OFF_WEB_CHANNELS, type OffWebChannel, type Touchpoint } from '../model/touchpoint';
import { STAGES } from '../model/vocabulary';

/**
 * A row of a report: a journey stage of the walk in the shop, the shop's pages without a stage (`unassigned`), or a
 * channel off the web. Contacts off the web are aligned by channel, not by stage: a hotline call is compared with
 * the other shops' hotline calls, not mixed into the pages of their service stage.
 */
export type RowKey = Stage | 'unassigned' | OffWebChannel;

/**
 * Rows in report order: the web stages in journey order, pages without a stage after them (as scoreJourney puts
 * `unassigned` last), then the channels off the web. Stage and channel names are disjoint (a test checks it).
 */
export const ROW_ORDER: readonly RowKey[] = [...STAGES, 'unassigned', ...OFF_WEB_CHANNELS];

/** The row a touchpoint belongs to. */
export function rowOf(tp: Pick<Touchpoint, 'channel' | 'stage'>): RowKey {
  if (tp.channel !== 'web') return tp.channel;
  return tp.stage ?? 'unassigned';
}

/** Rows in report order, each once. */
export function inRowOrder(rows: Iterable<RowKey>): RowKey[] {
  const present = new Set(rows);
  return ROW_ORDER.filter((row) => present.has(row));
}
