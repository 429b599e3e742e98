import { z } from 'zod';
import { epochMsSchema, idSchema } from './audit';

export const SCREENSHOT_TYPES = ['image/webp', 'image/jpeg'] as const;

/**
 * A capture of the visible tab with every editable element painted over and the flagged element marked. Stored in
 * its own table so that lists of findings never load pixels.
 */
export const screenshotSchema = z.strictObject({
  id: idSchema,
  auditId: idSchema,
  touchpointId: idSchema.optional(),
  takenAt: epochMsSchema,
  type: z.enum(SCREENSHOT_TYPES),
  width: z.number().int().positive().max(100_000),
  height: z.number().int().positive().max(100_000),
  image: z.instanceof(Blob),
  /** A small copy for lists, same type. */
  thumbnail: z.instanceof(Blob),
});
export type Screenshot = z.infer<typeof screenshotSchema>;
