// @ts-check
// The side panel, a part of `npm run bench` (bench/run.mjs): the JavaScript sidepanel.html loads in the release build
// (its entry, the chunks it preloads and every chunk they import), in bytes and gzipped; and the time from opening
// the panel of an audited shop tab until its main control (Pause) is visible and enabled.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startShop } from '../e2e/fixtures/shop-server.mjs';
import { launchExtension } from '../e2e/support/launch-extension.mjs';
import { startBenchmarkAudit } from './support/start-audit.mjs';

/** `src` of script tags and `href` of module preloads in an HTML page: the files its start loads. */
const PAGE_SCRIPTS = /<script[^>]*\ssrc="([^"]+\.js)"|<link[^>]*rel="modulepreload"[^>]*\shref="([^"]+\.js)"/g;
/** Static imports in a built chunk (`import{a}from"./x.js"`, `import"./x.js"`); `import("./x.js")` is left out. */
const STATIC_IMPORTS = /(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+\.js)"/g;

/**
 * Every JavaScript file an extension page loads at its start, followed through the static imports of each (a
 * chunk imported lazily loads later and is not counted), by its path in the build.
 * @param {string} build the build's folder @param {string} html the page's file name
 */
export async function pageScripts(build, html) {
  const text = await readFile(join(build, html), 'utf8');
  const queue = [...text.matchAll(PAGE_SCRIPTS)].map((m) => (m[1] ?? m[2] ?? '').replace(/^\//, ''));
  const seen = new Set();
  while (queue.length) {
    const file = /** @type {string} */ (queue.shift());
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(build, file), 'utf8');
    const dir = file.split('/').slice(0, -1).join('/');
    for (const [, imported] of code.matchAll(STATIC_IMPORTS))
      queue.push(new URL(/** @type {string} */ (imported), `file:///${dir}/`).pathname.slice(1));
  }
  return [...seen].sort();
}

/** @param {string} build */
async function scriptSizes(build) {
  const files = await pageScripts(build, 'sidepanel.html');
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const code = await readFile(join(build, file));
    bytes += code.length;
    gzipBytes += gzipSync(code, { level: 9 }).length;
  }
  return { files: files.length, bytes, gzipBytes };
}

/**
 * Milliseconds from the navigation to the panel until a button named `name` is shown and enabled, measured in the
 * page (from its time origin) by an observer installed before any of its scripts runs.
 * @param {import('@playwright/test').BrowserContext} context @param {string} url @param {string} name
 */
async function msUntilUsable(context, url, name) {
  const panel = await context.newPage();
  await panel.addInitScript((label) => {
    // Runs in the panel, before its scripts: the browser's globals, which this Node module does not declare.
    const w = /** @type {any} */ (globalThis);
    const usable = () =>
      [...w.document.querySelectorAll('button')].some(
        (/** @type {any} */ b) => b.textContent?.trim() === label && !b.disabled && b.getClientRects().length > 0,
      );
    new w.MutationObserver((/** @type {unknown} */ _, /** @type {any} */ observer) => {
      if (w.usableAt === undefined && usable()) {
        w.usableAt = performance.now();
        observer.disconnect();
      }
    }).observe(w.document, { subtree: true, childList: true, attributes: true });
  }, name);
  await panel.goto(url);
  await panel.waitForFunction(() => /** @type {any} */ (globalThis).usableAt !== undefined);
  const ms = await panel.evaluate(() => /** @type {any} */ (globalThis).usableAt);
  await panel.close();
  return Math.round(ms);
}

/** @param {number[]} xs */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/**
 * The side panel's figures: its scripts in the release build at `releaseBuild`; its time until usable in the build
 * at `e2eBuild` (which may read the test shop on 127.0.0.1 to audit it), `runs` times.
 * @param {{ releaseBuild: string, e2eBuild: string, runs: number }} options
 */
export async function sidePanelFigures({ releaseBuild, e2eBuild, runs }) {
  const sizes = await scriptSizes(releaseBuild);
  const shop = await startShop();
  const { context, extensionId } = await launchExtension({ extensionPath: e2eBuild });
  try {
    const page = await context.newPage();
    await page.goto(shop.url);
    const tabId = await startBenchmarkAudit(context, extensionId, page);
    const url = `chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`;
    const times = [];
    for (let i = 0; i < runs; i++) times.push(await msUntilUsable(context, url, 'Pause'));
    return {
      what: `sidepanel.html: its JavaScript in the release build (${sizes.files} files, shared chunks included); the time from opening it for an audited shop tab until Pause is shown and enabled, ${runs} openings in ${e2eBuild.split('/').at(-1)}`,
      scriptBytes: sizes.bytes,
      scriptGzipBytes: sizes.gzipBytes,
      firstOpenMs: times[0] ?? 0,
      medianUsableMs: median(times),
      slowestUsableMs: Math.max(...times),
    };
  } finally {
    await context.close();
    await shop.close();
  }
}
