import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStorageError } from './storage-failure';

const dom = (name: string) => new DOMException('from the browser', name);

describe('classifyStorageError', () => {
  it('calls an exhausted quota full, as the browser and as Dexie throw it', () => {
    expect(classifyStorageError(dom('QuotaExceededError'))).toBe('full');
    expect(classifyStorageError(new Dexie.QuotaExceededError('full'))).toBe('full');
  });

  it('finds a full store inside a transaction Dexie aborted, and inside one record of a bulk write', () => {
    expect(classifyStorageError(new Dexie.AbortError('aborted', dom('QuotaExceededError')))).toBe('full');
    const bulk = new Dexie.BulkError('1 of 2 failed', [new Dexie.ConstraintError('exists'), dom('QuotaExceededError')]);
    expect(classifyStorageError(bulk)).toBe('full');
  });

  it('names why a database did not open by the cause Dexie wraps', () => {
    expect(classifyStorageError(new Dexie.OpenFailedError('no', dom('VersionError')))).toBe('newer-version');
    expect(classifyStorageError(new Dexie.OpenFailedError('no', dom('InvalidStateError')))).toBe('not-allowed');
    expect(classifyStorageError(new Dexie.MissingAPIError('no IndexedDB'))).toBe('not-allowed');
    expect(classifyStorageError(new Dexie.OpenFailedError('no', dom('UnknownError')))).toBe('broken');
    expect(classifyStorageError(new Dexie.OpenFailedError('no'))).toBe('broken');
    expect(classifyStorageError(new Dexie.VersionError('newer'))).toBe('newer-version');
  });

  it('leaves every other error alone: a bug or a refused record is not a storage failure', () => {
    expect(classifyStorageError(new Dexie.ConstraintError('key exists'))).toBeUndefined();
    expect(classifyStorageError(new Dexie.AbortError('aborted'))).toBeUndefined();
    expect(classifyStorageError(new Dexie.DataError('bad key'))).toBeUndefined();
    expect(classifyStorageError(new TypeError('undefined is not a function'))).toBeUndefined();
    expect(classifyStorageError('QuotaExceededError')).toBeUndefined();
    expect(classifyStorageError(undefined)).toBeUndefined();
  });
});
