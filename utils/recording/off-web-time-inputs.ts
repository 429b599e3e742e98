import { localDateTime } from '../format/date-time';
import { offWebTimesProblem, type OffWebError, type OffWebTimes } from './off-web-touchpoint';

/** A moment as a `datetime-local` input shows it: the user's time zone, to the second ("2026-11-28T09:41:07"). */
export const toDateTimeInput = localDateTime;

/**
 * The moment a `datetime-local` input's value names, in the user's time zone; undefined for an empty or broken value.
 * Built from its parts rather than by `Date.parse`, which reads some forms as UTC and others as local time.
 */
export function fromDateTimeInput(value: string): number | undefined {
  const m = /^(\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/.exec(value);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s = '0', frac = '0'] = m.slice(1).map((part) => part ?? '0') as string[];
  const ms = new Date(+y!, +mo! - 1, +d!, +h!, +mi!, +s, +frac.padEnd(3, '0')).getTime();
  return Number.isNaN(ms) ? undefined : ms;
}

/** What the three inputs of a contact's times hold, as typed. */
export interface TimeInputs {
  started: string;
  answered: string;
  ended: string;
}

export function timeInputsOf(times: OffWebTimes): TimeInputs {
  const shown = (ms: number | undefined) => (ms === undefined ? '' : toDateTimeInput(ms));
  return { started: shown(times.startedAt), answered: shown(times.answeredAt), ended: shown(times.endedAt) };
}

/** The times the inputs name; undefined while the start is missing (the one time every contact has). */
export function timesOfInputs(inputs: TimeInputs): OffWebTimes | undefined {
  const startedAt = fromDateTimeInput(inputs.started);
  if (startedAt === undefined) return undefined;
  const answeredAt = fromDateTimeInput(inputs.answered);
  const endedAt = fromDateTimeInput(inputs.ended);
  return {
    startedAt,
    ...(answeredAt === undefined ? {} : { answeredAt }),
    ...(endedAt === undefined ? {} : { endedAt }),
  };
}

/** The times as typed, what they name, and what is wrong with them: checked when typed, not at every render. */
export interface TimeEntry {
  inputs: TimeInputs;
  /** Undefined while the start is missing. */
  times?: OffWebTimes;
  problem?: OffWebError;
}

export function timeEntry(inputs: TimeInputs, now: number): TimeEntry {
  const times = timesOfInputs(inputs);
  const problem = times && offWebTimesProblem(times, now);
  return { inputs, ...(times ? { times } : {}), ...(problem ? { problem } : {}) };
}
