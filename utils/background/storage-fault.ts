import type { ShopwalkDb } from '../db/database';
import { classifyStorageError, type StorageFailure } from '../db/storage-failure';
import { pauseAudit } from '../recording/audit-lifecycle';
import { writeStorageFailure } from './storage-failure-state';

/**
 * Pauses every audit that is recording, because the store is full: nothing more would be kept, and a walk going on
 * as if it were recorded loses data unseen. A pause is a small write that may fail too while the disk is full; the
 * next failed write of the walk calls this again, and the failure shown says what happened either way.
 */
async function pauseRecordingAudits(db: ShopwalkDb, at: number): Promise<void> {
  const recording = await db.audits
    .where('tabId')
    .aboveOrEqual(0)
    .filter((a) => a.status === 'active')
    .toArray();
  for (const audit of recording) await pauseAudit(db, audit.id, 'storage-full', at);
}

/**
 * What the background does when a database operation fails: if the failure is the store's (full, not opening),
 * it is kept where every page shows it, and a full store pauses the recording. Nothing is deleted to make room:
 * which audits to export and delete is the user's choice. Returns the failure, or undefined for any other error
 * (which the caller handles as before).
 */
export async function handleStorageFault(
  openDb: () => Promise<ShopwalkDb>,
  error: unknown,
  at: number,
): Promise<StorageFailure | undefined> {
  const reason = classifyStorageError(error);
  if (!reason) return undefined;
  const failure = { reason, at };
  await writeStorageFailure(failure).catch((e: unknown) => console.error('Shopwalk: could not keep the failure', e));
  if (reason === 'full')
    await openDb()
      .then((db) => pauseRecordingAudits(db, at))
      .catch((e: unknown) => console.error('Shopwalk: could not pause the recording on a full store', e));
  return failure;
}
