import { describe, expect, it, vi } from 'vitest';
import { keepStorage, storageStatus } from './persistence';

function manager(persisted: boolean, grants: boolean) {
  let kept = persisted;
  return {
    persisted: vi.fn(async () => kept),
    persist: vi.fn(async () => (kept = grants)),
    estimate: vi.fn(async () => ({ usage: 5_242_880, quota: 1_073_741_824 })),
  };
}

describe('keepStorage', () => {
  it('asks the browser only when storage is not persistent yet', async () => {
    const already = manager(true, true);
    expect(await keepStorage(already)).toBe(true);
    expect(already.persist).not.toHaveBeenCalled();
    const notYet = manager(false, true);
    expect(await keepStorage(notYet)).toBe(true);
    expect(notYet.persist).toHaveBeenCalledOnce();
  });

  it('says so when the browser refuses, and says nothing where there is no StorageManager', async () => {
    expect(await keepStorage(manager(false, false))).toBe(false);
    expect(await keepStorage(undefined)).toBeUndefined();
  });
});

describe('storageStatus', () => {
  it('reports persistence and the estimate, and undefined for what the browser will not tell', async () => {
    expect(await storageStatus(manager(true, true))).toEqual({
      persisted: true,
      usage: 5_242_880,
      quota: 1_073_741_824,
    });
    const silent = { ...manager(false, false), estimate: vi.fn(() => Promise.reject(new Error('no'))) };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await storageStatus(silent)).toEqual({ persisted: false, usage: undefined, quota: undefined });
  });
});
