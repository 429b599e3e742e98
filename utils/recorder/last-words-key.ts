/**
 * Where a page's recorder leaves its last report as the page is left (`storage.local`, one key per touchpoint): a
 * message sent from a document being unloaded is dropped by Chrome when the service worker is asleep and has to be
 * started for it (seen on Chromium 156 with the worker stopped the way Chrome stops an idle one), and a customer
 * who read a page for 30 s finds it asleep. A storage write needs no worker; its `onChanged` event wakes one.
 * A file of its own so that the recorder imports no more than these lines (utils/recording/last-words.ts reads
 * the reports in the background).
 */
export const LAST_WORDS_PREFIX = 'shopwalk.lastWords.';

export function lastWordsKey(touchpointId: string): string {
  return `${LAST_WORDS_PREFIX}${touchpointId}`;
}

export function isLastWordsKey(key: string): boolean {
  return key.startsWith(LAST_WORDS_PREFIX);
}
