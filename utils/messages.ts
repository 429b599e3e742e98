import { z } from 'zod';
import { auditSchema, epochMsSchema, idSchema, type Audit } from './model/audit';
import { MAX_NAME, MAX_TEXT, MAX_URL } from './model/limits';
import { measuresSchema } from './model/measures';
import { elementDescriptionSchema, findingCategorySchema } from './model/finding-record';
import { severitySchema } from './model/finding';
import { MAX_EDITABLE_BOXES } from './picker/editable-rects';
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

/**
 * `no-consent`: the user has not agreed to what an audit records (the welcome page asks), so nothing starts.
 * `storage-failed`: the database could not store it (full, or not opening); the pages show the failure itself.
 */
export type CommandError = LifecycleError | 'invalid-message' | 'tab-gone' | 'no-consent' | 'storage-failed';
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

// Flag it here (utils/background/flag-*.ts): the auditor picks an element, Shopwalk stores a finding with a screenshot.

const boxSchema = z.strictObject({
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite().nonnegative(),
  height: z.number().finite().nonnegative(),
});

/**
 * From the element picker in an audited tab: what the auditor picked (its description and box), the boxes of every
 * field and editable element to paint over, and the viewport they were measured in; never a value typed. Only
 * accepted as the answer to the pick the background asked that tab for (`requestId`).
 */
export const pickerReportSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('picker/picked'),
    requestId: idSchema,
    element: elementDescriptionSchema,
    box: boxSchema,
    editables: z.array(boxSchema).max(MAX_EDITABLE_BOXES),
    devicePixelRatio: z.number().finite().positive().max(16),
    viewport: z.strictObject({
      width: z.number().int().positive().max(100_000),
      height: z.number().int().positive().max(100_000),
    }),
  }),
  z.strictObject({ type: z.literal('picker/cancelled'), requestId: idSchema }),
]);
export type PickerReport = z.infer<typeof pickerReportSchema>;
export type Picked = Extract<PickerReport, { type: 'picker/picked' }>;

/** From the background to a running picker: stop and remove yourself (the auditor cancelled in the panel). */
export const PICKER_STOP = { type: 'picker/stop' } as const;

/** Commands about flags, from extension pages only, like `commandSchema`. */
export const flagCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('flag/start'), tabId: tabIdSchema }),
  z.strictObject({ type: z.literal('flag/cancel'), tabId: tabIdSchema }),
  z.strictObject({
    type: z.literal('flag/save'),
    tabId: tabIdSchema,
    findingId: idSchema,
    category: findingCategorySchema,
    severity: severitySchema,
    note: z.string().max(MAX_TEXT),
  }),
  z.strictObject({ type: z.literal('flag/discard'), tabId: tabIdSchema, findingId: idSchema }),
]);
export type FlagCommand = z.infer<typeof flagCommandSchema>;

/** Why a flag could not be started or stored; each has a message (i18n key `flag.error.<error>`). */
export const FLAG_ERRORS = [
  'not-recording',
  'no-page',
  'browser-page',
  'extension-store',
  'pdf',
  'local-file',
  'not-web',
  'no-access',
  'capture-not-allowed',
  'tab-hidden',
  'capture-failed',
  'tab-gone',
  'not-found',
  'invalid-message',
  'storage-failed',
] as const;
export const flagErrorSchema = z.enum(FLAG_ERRORS);
export type FlagError = z.infer<typeof flagErrorSchema>;
export type FlagReply = { ok: true } | { ok: false; error: FlagError };
export const flagReplySchema: z.ZodType<FlagReply> = z.union([
  z.strictObject({ ok: z.literal(true) }),
  z.strictObject({ ok: z.literal(false), error: flagErrorSchema }),
]);
