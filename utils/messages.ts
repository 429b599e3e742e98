import { z } from 'zod';
import { auditSchema, epochMsSchema, idSchema, MAX_NAME, MAX_URL, type Audit } from './model/audit';
import { pageTimingSchema } from './model/page-timing';
import type { LifecycleError } from './recording/audit-lifecycle';

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
  }),
  z.strictObject({ type: z.literal('audit/pause'), auditId: idSchema }),
  z.strictObject({ type: z.literal('audit/resume'), auditId: idSchema, tabId: tabIdSchema }),
  z.strictObject({ type: z.literal('audit/finish'), auditId: idSchema }),
]);
export type Command = z.infer<typeof commandSchema>;

export type CommandError = LifecycleError | 'invalid-message' | 'tab-gone';
export type CommandReply = { ok: true; audit: Audit } | { ok: false; error: CommandError };
export const commandReplySchema: z.ZodType<CommandReply> = z.union([
  z.strictObject({ ok: z.literal(true), audit: auditSchema }),
  z.strictObject({ ok: z.literal(false), error: z.string() as z.ZodType<CommandError> }),
]);

/**
 * Reports from the content script in an audited page. A page can be hostile, so these can only add what the
 * content script observed to the audit of its own tab (the tab is taken from the sender, never from the message).
 */
export const pageReportSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('page/visibility'), visible: z.boolean(), at: epochMsSchema }),
  /** Timing of the document that was loaded from `documentUrl` (the address it loaded with, before any route). */
  z.strictObject({ type: z.literal('page/timing'), documentUrl: z.string().max(MAX_URL), timing: pageTimingSchema }),
]);
export type PageReport = z.infer<typeof pageReportSchema>;
