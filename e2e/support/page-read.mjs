// @ts-check
// Waits, from an extension page, until Shopwalk has read a page (its form census, prices and overlays): read with
// plain IndexedDB, as e2e/support/database.ts reads it (the database belongs to the extension's origin).
/** Long enough for a page measured on a machine that runs other tests besides (see lab-walk.ts). */
const READ_WITHIN_MS = 20_000;

/**
 * @typedef {{ auditId: string, seq: number, url: string, title: string, forms?: {}, money?: {},
 *   interruptions?: {}[] }} StoredTouchpoint
 */

/**
 * Every touchpoint in the database.
 * @param {import('@playwright/test').Page} extensionPage
 * @returns {Promise<StoredTouchpoint[]>}
 */
function touchpoints(extensionPage) {
  return extensionPage.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = globalThis.indexedDB.open('shopwalk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('touchpoints').objectStore('touchpoints').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result);
          };
        };
      }),
  );
}

/**
 * Polls the database until some touchpoint satisfies `isRead`. Not `page.waitForFunction`: it takes the promise an
 * IndexedDB read returns for a truthy answer and so does not wait at all; not `expect.poll` either, since the demo
 * walks outside the test runner.
 * @param {import('@playwright/test').Page} extensionPage
 * @param {(tp: StoredTouchpoint) => boolean} isRead
 * @param {string} what the page, for the error
 */
async function untilRead(extensionPage, isRead, what) {
  const deadline = Date.now() + READ_WITHIN_MS;
  while (!(await touchpoints(extensionPage)).some(isRead)) {
    if (Date.now() > deadline) throw new Error(`Shopwalk did not read ${what} within ${READ_WITHIN_MS} ms`);
    await extensionPage.waitForTimeout(100);
  }
}

/** @param {StoredTouchpoint} tp */
const isMeasured = (tp) => Boolean(tp.forms && tp.money && tp.interruptions);

/**
 * A walk's `readPage` (e2e/support/walk.mjs) for the tests: the customer goes on once the page is read.
 * @param {import('@playwright/test').Page} extensionPage any page of the extension, kept open for the walk
 * @returns {(path: string) => Promise<void>}
 */
export function pageReader(extensionPage) {
  return (path) =>
    untilRead(extensionPage, (tp) => new URL(tp.url).pathname === path && isMeasured(tp), `the page at ${path}`);
}

/**
 * For walks that come back to a page again and again: waits until the touchpoint at `seq` of an audit is the page
 * the walk is on (its stored URL and its title) and has been read, with as many overlays as the page shows.
 * @param {import('@playwright/test').Page} extensionPage any page of the extension, kept open for the walk
 * @returns {(step: { auditId: string, seq: number, url: string, title: string, interruptions: number }) => Promise<void>}
 */
export function stepReader(extensionPage) {
  return (step) =>
    untilRead(
      extensionPage,
      (tp) =>
        tp.auditId === step.auditId &&
        tp.seq === step.seq &&
        tp.url === step.url &&
        tp.title === step.title &&
        isMeasured(tp) &&
        tp.interruptions?.length === step.interruptions,
      `step ${step.seq} (${step.url}, "${step.title}")`,
    );
}
