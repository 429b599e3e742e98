import { z } from 'zod';
import { epochMsSchema } from '../model/audit';

/**
 * Why the audit database cannot take or give what Shopwalk records, each with a message saying what to do
 * (i18n `storage.failure.<reason>`): `full`, the browser's quota for the extension or the disk is exhausted;
 * `newer-version`, a newer Shopwalk wrote the database and this one cannot read it; `not-allowed`, the browser
 * allows no database here (some private windows); `broken`, it did not open or stopped working (a damaged store).
 */
export const STORAGE_FAILURE_REASONS = ['full', 'newer-version', 'not-allowed', 'broken'] as const;
export const storageFailureReasonSchema = z.enum(STORAGE_FAILURE_REASONS);
export type StorageFailureReason = z.infer<typeof storageFailureReasonSchema>;

/** The latest storage failure and when it happened, as the background keeps it for every page to show. */
export const storageFailureSchema = z.strictObject({ reason: storageFailureReasonSchema, at: epochMsSchema });
export type StorageFailure = z.infer<typeof storageFailureSchema>;

/**
 * Error names (DOMException's and Dexie's, which uses the same names) and the failure each means. Dexie wraps the
 * browser's error: an OpenFailedError around the open request's own error; an AbortError around the put that
 * aborted its transaction. `UnknownError` is what Chromium reports for a store it cannot read ("Internal error
 * opening backing store"); Firefox's private windows refused IndexedDB with `InvalidStateError` (before Firefox
 * 115), and a browser without IndexedDB makes Dexie throw `MissingAPIError`.
 */
const REASON_OF_NAME: Readonly<Record<string, StorageFailureReason>> = {
  QuotaExceededError: 'full',
  VersionError: 'newer-version',
  InvalidStateError: 'not-allowed',
  MissingAPIError: 'not-allowed',
  SecurityError: 'not-allowed',
  UnknownError: 'broken',
  OpenFailedError: 'broken',
};

/** The error and every error it carries: Dexie's `inner` and a BulkError's `failures`, a few levels deep. */
function causes(error: unknown, depth = 0): { name: string }[] {
  if (typeof error !== 'object' || error === null || depth > 4) return [];
  const { name, inner, failures } = error as { name?: unknown; inner?: unknown; failures?: unknown };
  const own = typeof name === 'string' ? [{ name }] : [];
  const carried = [inner, ...(Array.isArray(failures) ? failures : [])].flatMap((e) => causes(e, depth + 1));
  return [...own, ...carried];
}

/**
 * What a failed database operation means for the user, or undefined if it is not a storage failure (a bug, a
 * refused record). A full store wins wherever it is carried; otherwise the most specific cause does, so an
 * OpenFailedError around a VersionError is a newer version, not a broken store.
 */
export function classifyStorageError(error: unknown): StorageFailureReason | undefined {
  const reasons = causes(error).flatMap(({ name }) => REASON_OF_NAME[name] ?? []);
  if (reasons.includes('full')) return 'full';
  return reasons.find((r) => r !== 'broken') ?? reasons[0];
}
