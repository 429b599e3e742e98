import { MAX_ATTACHMENT_BYTES, type Attachment } from '../model/attachment';
import { newId } from '../model/id';
import { MAX_NAME } from '../model/limits';
import { isWeb } from '../model/touchpoint';
import { err, ok, type Result } from '../result';
import type { ShopwalkDb } from './database';

export type AttachmentError = 'too-large' | 'empty' | 'not-found';

/** The files kept with one contact off the web, in the order added. */
export async function attachmentsOf(db: ShopwalkDb, touchpointId: string): Promise<Attachment[]> {
  return (await db.attachments.where('touchpointId').equals(touchpointId).toArray()).sort(
    (a, b) => a.addedAt - b.addedAt || a.id.localeCompare(b.id),
  );
}

/**
 * Keeps a file (a photo, an e-mail as PDF) with a contact off the web. The file's bytes are stored as they are:
 * nothing is read from them, and nothing typed into a shop's form can be in them.
 */
export async function addAttachment(
  db: ShopwalkDb,
  touchpointId: string,
  file: Blob & { name: string },
  at: number,
): Promise<Result<Attachment, AttachmentError>> {
  if (file.size === 0) return err('empty');
  if (file.size > MAX_ATTACHMENT_BYTES) return err('too-large');
  return db.transaction('rw', db.touchpoints, db.attachments, async () => {
    const tp = await db.touchpoints.get(touchpointId);
    if (!tp || isWeb(tp)) return err('not-found' as const);
    const attachment: Attachment = {
      id: newId(),
      auditId: tp.auditId,
      touchpointId,
      name: file.name.trim().slice(0, MAX_NAME) || 'file',
      type: file.type.slice(0, 100),
      size: file.size,
      addedAt: at,
      data: file.slice(0, file.size, file.type),
    };
    await db.attachments.add(attachment);
    return ok(attachment);
  });
}

export async function removeAttachment(db: ShopwalkDb, attachmentId: string): Promise<void> {
  await db.attachments.delete(attachmentId);
}
