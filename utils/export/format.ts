import { z } from 'zod';
import { auditSchema, epochMsSchema } from '../model/audit';
import { MAX_NAME } from '../model/limits';
import { taskSchema } from '../model/task';
import { touchpointSchema } from '../model/touchpoint';

/**
 * The version of the file format this build writes and reads. Bump it on any change an older Shopwalk could not
 * read (a field added, removed, renamed or narrowed); import refuses newer versions and migrates older ones.
 */
export const CURRENT_FORMAT_VERSION = 1;

// Limits keep a hostile or broken file from exhausting memory or time. Far above a real export: a long audit has
// a few hundred touchpoints, and an export of every audit an agency ever ran stays below a few MiB.
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** Containers inside containers; a real export is 5 deep (file, audits, audit, touchpoints, touchpoint). */
export const MAX_DEPTH = 16;
export const MAX_AUDITS_PER_FILE = 10_000;
export const MAX_TOUCHPOINTS_PER_AUDIT = 20_000;
/** A walk has a handful of tasks; a thousand is far beyond any scenario. */
export const MAX_TASKS_PER_AUDIT = 1_000;

/** A touchpoint as stored, without `auditId`: nesting in its audit is the relation. */
export const exportedTouchpointSchema = touchpointSchema.omit({ auditId: true });

/** A task as stored, without `auditId`, like a touchpoint. */
export const exportedTaskSchema = taskSchema.omit({ auditId: true });

/**
 * An audit as stored, without `tabId` (meaningless outside the browser that recorded it), with its journey and its
 * tasks. `tasks` joined version 1 before the format's first release, so it is required like `touchpoints` (an
 * empty array when the auditor timed none) and did not raise the version.
 */
export const exportedAuditSchema = auditSchema.omit({ tabId: true }).extend({
  touchpoints: z.array(exportedTouchpointSchema).max(MAX_TOUCHPOINTS_PER_AUDIT),
  tasks: z.array(exportedTaskSchema).max(MAX_TASKS_PER_AUDIT),
});

export const appInfoSchema = z.strictObject({
  name: z.literal('Shopwalk'),
  version: z.string().max(MAX_NAME),
});

/** The export file. Strict objects throughout: an unknown key (also `__proto__`, `constructor`) is an error. */
export const exportFileSchema = z.strictObject({
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  app: appInfoSchema,
  exportedAt: epochMsSchema,
  audits: z.array(exportedAuditSchema).max(MAX_AUDITS_PER_FILE),
});

export type ExportedTouchpoint = z.infer<typeof exportedTouchpointSchema>;
export type ExportedTask = z.infer<typeof exportedTaskSchema>;
export type ExportedAudit = z.infer<typeof exportedAuditSchema>;
export type ExportFile = z.infer<typeof exportFileSchema>;
