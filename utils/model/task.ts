import { z } from 'zod';
import { epochMsSchema, idSchema } from './audit';
import { MAX_NAME, MAX_TEXT } from './limits';

/**
 * How a task ended. `success` and `failure` are the auditor's verdict; `abandoned` is Shopwalk's, for a task still
 * running when its audit was finished: nobody said whether it succeeded, and it counts as not completed (the usual
 * reading in usability testing) until the auditor changes it to `success` or `failure`. A task ended without a
 * verdict yet (by keyboard) has no outcome: the side panel asks for it.
 */
export const taskOutcomeSchema = z.enum(['success', 'failure', 'abandoned']);
export type TaskOutcome = z.infer<typeof taskOutcomeSchema>;

/** The outcomes an auditor gives; `abandoned` is only ever set by finishing the audit. */
export const verdictSchema = taskOutcomeSchema.exclude(['abandoned']);
export type Verdict = z.infer<typeof verdictSchema>;

/**
 * The Single Ease Question (Sauro and Lewis, 2009/2012): "Overall, how difficult or easy was the task to complete?"
 * on seven points, 1 very difficult, 7 very easy.
 */
export const seqAnswerSchema = z.number().int().min(1).max(7);
export const SEQ_POINTS = [1, 2, 3, 4, 5, 6, 7] as const;

export const taskSchema = z.strictObject({
  id: idSchema,
  auditId: idSchema,
  /** Position among the audit's tasks, from 0, in the order started. */
  seq: z.number().int().nonnegative(),
  name: z.string().min(1).max(MAX_NAME),
  startedAt: epochMsSchema,
  /** Absent while the task runs; at most one task of an audit runs at a time. */
  endedAt: epochMsSchema.optional(),
  outcome: taskOutcomeSchema.optional(),
  seqAnswer: seqAnswerSchema.optional(),
  note: z.string().max(MAX_TEXT).optional(),
});
export type Task = z.infer<typeof taskSchema>;
