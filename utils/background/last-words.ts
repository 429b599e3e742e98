import { browser } from 'wxt/browser';
import type { ShopwalkDb } from '../db/database';
import { refreshFindingsOfTab } from '../db/findings';
import { isLastWordsKey } from '../recorder/last-words-key';
import { recordLastWords } from '../recording/last-words';

/**
 * Stores the last reports that pages left in `storage.local` as they were left (utils/recorder/last-words-key.ts),
 * then removes them. Registered synchronously: the storage change is the event that wakes a sleeping worker. Run
 * once at start-up too, for words left while no worker listened (the extension was being updated).
 */
export function listenToLastWords(openDb: () => Promise<ShopwalkDb>): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const left = Object.entries(changes).some(([key, change]) => isLastWordsKey(key) && change.newValue !== undefined);
    if (area === 'local' && left) void takeLastWords(openDb);
  });
  void takeLastWords(openDb);
}

async function takeLastWords(openDb: () => Promise<ShopwalkDb>): Promise<void> {
  const stored = await browser.storage.local.get(null);
  const keys = Object.keys(stored).filter(isLastWordsKey);
  if (keys.length === 0) return;
  const db = await openDb();
  const at = Date.now();
  for (const key of keys) {
    const tabId = await recordLastWords(db, stored[key], at);
    if (tabId !== undefined) await refreshFindingsOfTab(db, tabId, at);
  }
  // Removed only once stored: a worker stopped half-way leaves them for the next one (stored twice is harmless).
  await browser.storage.local.remove(keys);
}
