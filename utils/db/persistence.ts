/**
 * Whether the browser keeps Shopwalk's storage until the user deletes it, and how much of it is used. An extension
 * with `unlimitedStorage` is exempt from Chromium's quota and eviction (developer.chrome.com, "Storage and
 * cookies"); `persist()` asks for the same protection where that permission does not give it, and in Firefox.
 * Only documents have `persist()` (not workers), so the pages ask, never the service worker.
 */
export interface StorageStatus {
  /** undefined: the browser does not say (no StorageManager, or it refused to answer). */
  persisted: boolean | undefined;
  usage?: number;
  quota?: number;
}

type Manager = Pick<StorageManager, 'persisted' | 'persist' | 'estimate'>;

const manager = (): Manager | undefined => (typeof navigator === 'undefined' ? undefined : navigator.storage);

async function answer<T>(question: (() => Promise<T>) | undefined): Promise<T | undefined> {
  try {
    return await question?.();
  } catch (error) {
    console.warn('Shopwalk: the browser did not say how it keeps storage', error);
    return undefined;
  }
}

export async function storageStatus(storage: Manager | undefined = manager()): Promise<StorageStatus> {
  const [persisted, estimate] = await Promise.all([
    answer(storage && (() => storage.persisted())),
    answer(storage && (() => storage.estimate())),
  ]);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

/**
 * Asks the browser to keep Shopwalk's storage, if it does not already; returns whether it does now. Called when
 * the user agrees to what is recorded and when an audit starts (where the first records are written), and from
 * the settings' button.
 */
export async function keepStorage(storage: Manager | undefined = manager()): Promise<boolean | undefined> {
  if (await answer(storage && (() => storage.persisted()))) return true;
  return answer(storage && (() => storage.persist()));
}
