import { newId } from '../model/id';
import { MAX_NAME } from '../model/limits';
import type { Stage } from '../model/stage';
import type { OffWebChannel, Touchpoint } from '../model/touchpoint';

/**
 * The times of a contact off the web: when it began (the number dialled, the e-mail sent, the store entered), when a
 * person answered (the time before is waiting: the hotline's queue, the days until the e-mail's reply) and when it
 * ended. Answer and end are absent while the stopwatch has not reached them.
 */
export interface OffWebTimes {
  startedAt: number;
  answeredAt?: number;
  endedAt?: number;
}

export interface OffWebContact {
  channel: OffWebChannel;
  /** What the contact was, in the auditor's words ("Hotline: question about returns"). */
  title: string;
  stage: Stage;
  times: OffWebTimes;
}

export type OffWebTimesProblem = 'answer-before-start' | 'end-before-start' | 'end-before-answer' | 'in-future';
/** Why entering or correcting a contact was refused: its times, or it is gone. */
export type OffWebError = OffWebTimesProblem | 'not-found';

/** What is wrong with a contact's times, if anything: they must follow each other, and none may lie ahead. */
export function offWebTimesProblem(times: OffWebTimes, now: number): OffWebTimesProblem | undefined {
  const { startedAt, answeredAt, endedAt } = times;
  if (Math.max(startedAt, answeredAt ?? 0, endedAt ?? 0) > now) return 'in-future';
  if (answeredAt !== undefined && answeredAt < startedAt) return 'answer-before-start';
  if (endedAt !== undefined && endedAt < startedAt) return 'end-before-start';
  if (endedAt !== undefined && answeredAt !== undefined && endedAt < answeredAt) return 'end-before-answer';
  return undefined;
}

/** The time fields of a touchpoint for these times: absent ones are absent, not undefined. */
export function offWebTimeFields(times: OffWebTimes): Pick<Touchpoint, 'enteredAt' | 'answeredAt' | 'leftAt'> {
  return {
    enteredAt: times.startedAt,
    ...(times.answeredAt === undefined ? {} : { answeredAt: times.answeredAt }),
    ...(times.endedAt === undefined ? {} : { leftAt: times.endedAt }),
  };
}

/** A contact off the web as a touchpoint, the `seq`-th of its audit. It has no page: no address, no visible time. */
export function newOffWebTouchpoint(auditId: string, seq: number, contact: OffWebContact): Touchpoint {
  return {
    id: newId(),
    auditId,
    seq,
    channel: contact.channel,
    url: '',
    origin: '',
    title: contact.title.trim().slice(0, MAX_NAME),
    arrival: 'entered',
    backForward: false,
    ...offWebTimeFields(contact.times),
    visibleMs: 0,
    note: '',
    stage: contact.stage,
    stageSource: 'auditor',
  };
}

/** How long the customer waited for a person, and how long the person took, where the stopwatch says. */
export function offWebDurations(tp: Pick<Touchpoint, 'enteredAt' | 'answeredAt' | 'leftAt'>, now: number) {
  const answered = tp.answeredAt;
  return {
    waitMs: (answered ?? tp.leftAt ?? now) - tp.enteredAt,
    handlingMs: answered === undefined ? undefined : (tp.leftAt ?? now) - answered,
    running: tp.leftAt === undefined,
  };
}
