import { z } from 'zod';
import { epochMsSchema, idSchema } from './audit';
import { MAX_NAME } from './limits';

/** A file of 10 MiB holds a phone photo or a long e-mail as PDF; larger evidence belongs in the auditor's own files. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/**
 * A file the auditor keeps as evidence of a contact off the web: a photo of the store's shelf, the shop's e-mail
 * answer as PDF, a letter scanned. Kept as a Blob in a table of its own, so that lists never load it.
 */
export const attachmentSchema = z.strictObject({
  id: idSchema,
  auditId: idSchema,
  touchpointId: idSchema,
  /** The file's name as the auditor's computer had it. */
  name: z.string().min(1).max(MAX_NAME),
  /** Its MIME type as the browser named it; empty when the browser could not tell. */
  type: z.string().max(100),
  size: z.number().int().nonnegative().max(MAX_ATTACHMENT_BYTES),
  addedAt: epochMsSchema,
  data: z.instanceof(Blob),
});
export type Attachment = z.infer<typeof attachmentSchema>;
