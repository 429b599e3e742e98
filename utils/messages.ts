import { z } from 'zod';
import { auditSchema, epochMsSchema, idSchema, type Audit } from './model/audit';
import { MAX_NAME, MAX_TEXT, MAX_URL } from './model/limits';
import { measuresSchema } from './model/measures';
import { pageTimingSchema } from './model/page-timing';
import { stageSchema } from './model/stage';
import { seqAnswerSchema, taskSchema, verdictSchema, type Task } from './model/task';
import type { LifecycleError } from './recording/audit-lifecycle';
import type { TaskError } from './recording/task-lifecycle';

const tabIdSchema = z.number().int().nonnegative();

/**
 * Commands from the extension's own pages (popup, side panel, dashboard) to the background. Only these change an
 * audit's recording; the background accepts them only from extension pages.
 */
export const commandSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('audit/start'),
    tabId: tabIdSchema,
    shopName: z.string().max(MAX_NAME),
    scenario: z.string().max(MAX_NAME),
    auditorName: z.string().max(MAX_NAME),
    /** `phone`: walk the tab's page again in a phone-sized window, and record there. */
    walkAs: z.enum(['desktop', 'phone']).optional(),
    /** The scorecard to rate the audit on (utils/scoring/templates/, or a user's); absent: guest purchase. */
    templateId: z.string().min(1).max(64).optional(),
  }),
  z.strictObject({ type: z.literal('audit/pause'), auditId: idSchema }),
  z.strictObject({ type: z.literal('audit/resume'), auditId: idSchema, tabId: tabIdSchema }),
  z.strictObject({ type: z.literal('audit/finish'), auditId: idSchema }),
  // Tasks (utils/recording/task-lifecycle.ts). Ending without an outcome leaves it for the auditor to give later.
  z.strictObject({ type: z.literal('task/start'), auditId: idSchema, name: z.string().max(MAX_NAME) }),
  z.strictObject({
    type: z.literal('task/end'),
    /** The task running in an audit, or the task named, which must be running (so a stale panel ends nothing). */
    ref: z.union([z.strictObject({ auditId: idSchema }), z.strictObject({ taskId: idSchema })]),
    outcome: verdictSchema.optional(),
    seqAnswer: seqAnswerSchema.optional(),
  }),
  z.strictObject({
    type: z.literal('task/rate'),
    taskId: idSchema,
    outcome: verdictSchema.optional(),
    seqAnswer: seqAnswerSchema.optional(),
  }),
  z.strictObject({ type: z.literal('task/rename'), taskId: idSchema, name: z.string().max(MAX_NAME) }),
  z.strictObject({ type: z.literal('task/note'), taskId: idSchema, note: z.string().max(MAX_TEXT) }),
  z.strictObject({ type: z.literal('task/delete'), taskId: idSchema }),
]);
export type Command = z.infer<typeof commandSchema>;
export type TaskCommand = Extract<Command, { type: `task/${string}` }>;

export type CommandError = LifecycleError | 'invalid-message' | 'tab-gone';
export type CommandReply = { ok: true; audit: Audit; task?: Task } | { ok: false; error: CommandError };
/** A task command's reply: its task and that task's audit, or a refusal, also for the task's own reasons. */
export type TaskCommandError = CommandError | TaskError;
export type TaskReply = { ok: true; audit: Audit; task: Task } | { ok: false; error: TaskCommandError };
const okReplySchema = z.strictObject({ ok: z.literal(true), audit: auditSchema, task: taskSchema.optional() });
export const commandReplySchema: z.ZodType<CommandReply> = z.union([
  okReplySchema,
  z.strictObject({ ok: z.literal(false), error: z.string() as z.ZodType<CommandError> }),
]);
export const taskReplySchema: z.ZodType<TaskReply> = z.union([
  okReplySchema.extend({ task: taskSchema }),
  z.strictObject({ ok: z.literal(false), error: z.string() as z.ZodType<TaskCommandError> }),
]);

/**
 * From the background to the page recorder of an audited tab: the touchpoint it measures from now on. `route`
 * says the document stayed (a single-page-app route), so measurements start a new window in the same page;
 * `phone` asks for the phone checks (tap targets, small text, sideways scrolling) of an audit walked as a phone.
 */
export const recorderWindowSchema = z.strictObject({
  type: z.literal('recorder/window'),
  touchpointId: idSchema,
  route: z.boolean(),
  phone: z.boolean(),
});
export type RecorderWindow = z.infer<typeof recorderWindowSchema>;

/**
 * Reports from the content script in an audited page. A page can be hostile, so these can only add what the
 * content script observed to the audit of its own tab (the tab is taken from the sender, never from the message).
 */
export const pageReportSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('page/visibility'), visible: z.boolean(), at: epochMsSchema }),
  /** Timing of the document that was loaded from `documentUrl` (the address it loaded with, before any route). */
  z.strictObject({ type: z.literal('page/timing'), documentUrl: z.string().max(MAX_URL), timing: pageTimingSchema }),
  /**
   * What the recorder measured on the touchpoint the background named in `recorder/window`: the parts that
   * changed, each whole; the page's guess of its journey stage; CLS and INP of a single-page-app route's window.
   */
  z.strictObject({
    type: z.literal('page/measure'),
    touchpointId: idSchema,
    measures: measuresSchema,
    stageGuess: stageSchema.optional(),
    routeTiming: pageTimingSchema.pick({ cls: true, clsElement: true, inpMs: true, inpTarget: true }).optional(),
  }),
]);
export type PageReport = z.infer<typeof pageReportSchema>;
