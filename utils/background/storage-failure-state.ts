import { browser } from 'wxt/browser';
import { storageFailureSchema, type StorageFailure } from '../db/storage-failure';

/**
 * The latest storage failure, in `storage.session`: it has its own small quota apart from IndexedDB's, so it can
 * be written when the database cannot, every extension page reads it (and follows it), and a browser restart
 * forgets it, as it should: the next session tries the database afresh.
 */
export const STORAGE_FAILURE_KEY = 'shopwalk.storageFailure';

export function parseStorageFailure(value: unknown): StorageFailure | undefined {
  const parsed = storageFailureSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export async function readStorageFailure(): Promise<StorageFailure | undefined> {
  return parseStorageFailure((await browser.storage.session.get(STORAGE_FAILURE_KEY))[STORAGE_FAILURE_KEY]);
}

/** The database opened: a failure to open it, kept from an earlier worker of this session, is over. */
export async function forgetOpenFailure(): Promise<void> {
  const kept = await readStorageFailure();
  if (kept && kept.reason !== 'full') await writeStorageFailure(undefined);
}

export async function writeStorageFailure(failure: StorageFailure | undefined): Promise<void> {
  if (failure) await browser.storage.session.set({ [STORAGE_FAILURE_KEY]: failure });
  else await browser.storage.session.remove(STORAGE_FAILURE_KEY);
}
