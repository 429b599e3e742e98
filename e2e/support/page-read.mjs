// @ts-check
// Waits, from an extension page, until Shopwalk has read the page at a path (its form census, prices and overlays):
// read with plain IndexedDB, as e2e/support/database.ts reads it (the database belongs to the extension's origin).

/** Long enough for a page measured on a machine that runs other tests besides (see lab-walk.ts). */
const READ_WITHIN_MS = 20_000;

/**
 * A walk's `readPage` (e2e/support/walk.mjs) for the tests: the customer goes on once the page is read.
 * @param {import('@playwright/test').Page} extensionPage any page of the extension, kept open for the walk
 * @returns {(path: string) => Promise<void>}
 */
export function pageReader(extensionPage) {
  return async (path) => {
    await extensionPage.waitForFunction(
      (pathname) =>
        new Promise((resolve) => {
          const open = globalThis.indexedDB.open('shopwalk');
          open.onerror = () => resolve(false);
          open.onsuccess = () => {
            const all = open.result.transaction('touchpoints').objectStore('touchpoints').getAll();
            all.onsuccess = () => {
              open.result.close();
              const touchpoints = /** @type {{ url: string, forms?: {}, money?: {}, interruptions?: {} }[]} */ (
                all.result
              );
              resolve(
                touchpoints.some(
                  (tp) => new URL(tp.url).pathname === pathname && tp.forms && tp.money && tp.interruptions,
                ),
              );
            };
          };
        }),
      path,
      { polling: 250, timeout: READ_WITHIN_MS },
    );
  };
}
