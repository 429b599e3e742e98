import { z } from 'zod';
import { MAX_ATTACHMENT_BYTES, attachmentSchema } from '../model/attachment';
import { auditSchema, epochMsSchema } from '../model/audit';
import { findingRecordSchema } from '../model/finding-record';
import { templateSchema } from '../model/scorecard';
import { screenshotSchema } from '../model/screenshot';
import { MAX_NAME } from '../model/limits';
import { taskSchema } from '../model/task';
import { touchpointSchema } from '../model/touchpoint';

/**
 * The version of the file format this build writes and reads. Bump it on any change an older Shopwalk could not
 * read (a field added, removed, renamed or narrowed); import refuses newer versions and migrates older ones.
 */
export const CURRENT_FORMAT_VERSION = 1;

// Limits keep a hostile or broken file from exhausting memory or time. Far above a real audit, which has a few
// hundred touchpoints; an export of many audits with screenshots is larger than one file, and export writes it as
// several, each within these limits (utils/export/export-files.ts).
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** Containers inside containers; a real export is 5 deep (file, audits, audit, touchpoints, touchpoint). */
export const MAX_DEPTH = 16;
export const MAX_AUDITS_PER_FILE = 10_000;
export const MAX_TOUCHPOINTS_PER_AUDIT = 20_000;
/** A walk has a handful of tasks; a thousand is far beyond any scenario. */
export const MAX_TASKS_PER_AUDIT = 1_000;

/** Rules propose a few findings a page; ten thousand is a journey of hundreds of pages gone badly wrong. */
export const MAX_FINDINGS_PER_AUDIT = 10_000;
/** One screenshot per flagged finding; the storage benchmark's heavy audit has 50. */
export const MAX_SCREENSHOTS_PER_AUDIT = 2_000;
/**
 * A screenshot's bytes in base64 (4 characters per 3 bytes): 16 MiB of text is 12 MiB of image, far above a
 * compressed capture of a 4K screen (a few hundred KB).
 */
export const MAX_IMAGE_BASE64 = 16 * 1024 * 1024;

/** Files kept with contacts off the web: a photo or two each; a thousand is far beyond any audit. */
export const MAX_ATTACHMENTS_PER_AUDIT = 1_000;

/** A touchpoint as stored, without `auditId`: nesting in its audit is the relation. */
export const exportedTouchpointSchema = touchpointSchema.omit({ auditId: true });

/** A task as stored, without `auditId`, like a touchpoint. */
export const exportedTaskSchema = taskSchema.omit({ auditId: true });

/** A finding as stored, without `auditId`. */
export const exportedFindingSchema = findingRecordSchema.omit({ auditId: true });

/** A screenshot as stored, without `auditId`, its image and thumbnail as base64 (their type is `type`). */
export const exportedScreenshotSchema = screenshotSchema.omit({ auditId: true, image: true, thumbnail: true }).extend({
  image: z.base64().max(MAX_IMAGE_BASE64),
  thumbnail: z.base64().max(MAX_IMAGE_BASE64),
});

/** A file kept with a contact off the web, without `auditId`, its bytes as base64 (4 characters per 3 bytes). */
export const exportedAttachmentSchema = attachmentSchema.omit({ auditId: true, data: true }).extend({
  data: z.base64().max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4),
});

/**
 * An audit as stored, without `tabId` (meaningless outside the browser that recorded it), with its journey, its
 * tasks, its findings and their screenshots, the files kept with its contacts off the web. `tasks`, `findings`,
 * `screenshots` and `attachments` joined version 1 before the format's first release, so they are required like
 * `touchpoints` (empty arrays when there are none) and did not raise the version.
 */
export const exportedAuditSchema = auditSchema.omit({ tabId: true }).extend({
  touchpoints: z.array(exportedTouchpointSchema).max(MAX_TOUCHPOINTS_PER_AUDIT),
  tasks: z.array(exportedTaskSchema).max(MAX_TASKS_PER_AUDIT),
  findings: z.array(exportedFindingSchema).max(MAX_FINDINGS_PER_AUDIT),
  screenshots: z.array(exportedScreenshotSchema).max(MAX_SCREENSHOTS_PER_AUDIT),
  attachments: z.array(exportedAttachmentSchema).max(MAX_ATTACHMENTS_PER_AUDIT),
  /**
   * The user-made scorecard the audit is rated on (`templateId`), so that another browser scores it alike; absent
   * for the built-in cards, which every Shopwalk has.
   */
  template: templateSchema.optional(),
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
export type ExportedFinding = z.infer<typeof exportedFindingSchema>;
export type ExportedScreenshot = z.infer<typeof exportedScreenshotSchema>;
export type ExportedAttachment = z.infer<typeof exportedAttachmentSchema>;
export type ExportedAudit = z.infer<typeof exportedAuditSchema>;
export type ExportFile = z.infer<typeof exportFileSchema>;
