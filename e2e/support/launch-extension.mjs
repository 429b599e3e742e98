// @ts-check
// Starts Chromium with the built extension the way shared/BROWSER-TESTING.md describes.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium } from '../../scripts/find-chromium.mjs';

/** @typedef {import('@playwright/test').BrowserContext} BrowserContext */
/** @typedef {import('@playwright/test').Worker} Worker */

const productionBuild = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

/**
 * `realWindows`: pages take the size of their browser window (Playwright otherwise emulates a 1280 × 720 viewport in
 * every page, also in windows the extension opens), for tests of window sizes.
 * `toolbarClicks`: lets tests click the extension's toolbar button on a page (`clickToolbarButton`), which Chromium
 * allows over the DevTools protocol only with --enable-unsafe-extension-debugging.
 * `consent`: agree to what an audit records on the welcome page first, as a user does before the first audit (the
 * default; tests of the agreement itself pass false).
 * @param {{ extensionPath?: string, userDataDir?: string, headless?: boolean, realWindows?: boolean, toolbarClicks?: boolean, consent?: boolean }} [options]
 * @returns {Promise<{ context: BrowserContext, extensionId: string, serviceWorker: Worker }>}
 */
export async function launchExtension({
  extensionPath = productionBuild,
  userDataDir,
  headless = true,
  realWindows = false,
  toolbarClicks = false,
  consent = true,
} = {}) {
  const extension = resolve(extensionPath);
  // Without this check a missing build shows up only as a 30-second wait for a service worker.
  if (!existsSync(join(extension, 'manifest.json'))) {
    throw new Error(`No built extension in ${extension}: run \`npm run build\` first.`);
  }
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH.');
  }
  const profile = userDataDir ?? (await mkdtemp(join(tmpdir(), 'shopwalk-profile-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    ...(realWindows ? { viewport: null } : {}),
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      // This machine cannot reach Google's hosts; without these Chromium keeps trying.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(toolbarClicks ? ['--enable-unsafe-extension-debugging'] : []),
    ],
  });
  if (!userDataDir) {
    context.once('close', () => {
      rm(profile, { recursive: true, force: true, maxRetries: 10 }).catch((error) => {
        console.warn(`Could not remove the temporary profile ${profile}:`, error);
      });
    });
  }
  const serviceWorker =
    currentServiceWorker(context) ?? (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker }));
  // The worker's URL is chrome-extension://<id>/background.js.
  const extensionId = new URL(serviceWorker.url()).host;
  if (consent) await agreeToRecording(context, extensionId);
  return { context, extensionId, serviceWorker };
}

/**
 * Agrees to what an audit records, on the welcome page, as a user does before the first audit; a profile that
 * agreed before (a restarted browser) shows when, and nothing is clicked.
 * @param {BrowserContext} context
 * @param {string} extensionId
 */
export async function agreeToRecording(context, extensionId) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/welcome.html#consent`);
  const agree = page.getByRole('button', { name: 'I agree: record my audits as described' });
  const given = page.locator('#consent').getByRole('status');
  await agree.or(given).waitFor();
  if (await agree.isVisible()) await agree.click();
  await given.waitFor();
  await page.close();
}

/**
 * Stops every service worker, as Chrome stops an idle one; the next event (a page load, a message) starts a fresh
 * worker with empty memory.
 * @param {BrowserContext} context
 * @param {import('@playwright/test').Page} page any open page; the CDP session needs one
 */
export async function stopServiceWorker(context, page) {
  const session = await context.newCDPSession(page);
  try {
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
  } finally {
    await session.detach();
  }
}

/**
 * The extension's service worker as Playwright lists it now. With Chromium 156 and Playwright 1.65 the Worker
 * object outlives a stop (no `close`, no new `serviceworker` event) and its evaluate() waits until something
 * restarts the worker, then runs in the fresh one; other versions may list a new object. So ask again after a
 * stop rather than keep the old object or wait for an event.
 * @param {BrowserContext} context
 * @returns {Worker | undefined}
 */
export function currentServiceWorker(context) {
  return context.serviceWorkers().findLast(isExtensionWorker);
}

/** @param {Worker} worker */
function isExtensionWorker(worker) {
  return worker.url().startsWith('chrome-extension://');
}

/**
 * The id of the tab that shows `url` (a page the extension may read), asked of the extension's service worker.
 * @param {BrowserContext} context
 * @param {string} url
 * @returns {Promise<number>}
 */
export async function tabIdShowing(context, url) {
  const worker = currentServiceWorker(context);
  if (!worker) throw new Error('The extension did not start.');
  const tabId = await worker.evaluate(async (u) => {
    const { tabs } = /** @type {any} */ (globalThis).chrome;
    return (await tabs.query({})).find((/** @type {{ url?: string }} */ t) => t.url === u)?.id;
  }, url);
  if (tabId === undefined) throw new Error(`No tab shows ${url}`);
  return tabId;
}

/**
 * Clicks the extension's toolbar button for the tab that shows `page`, as the auditor does (the popup opens; in a
 * headless browser nobody sees it). The click grants the extension activeTab on that tab, which screenshots need.
 * Needs `launchExtension({ toolbarClicks: true })`.
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @param {import('@playwright/test').Page} page
 */
export async function clickToolbarButton(context, extensionId, page) {
  const browser = context.browser();
  if (!browser) throw new Error('No browser-level DevTools session for this context.');
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((t) => t.url === page.url());
    if (!tab) throw new Error(`No tab shows ${page.url()}`);
    await session.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  } finally {
    await session.detach();
  }
}
