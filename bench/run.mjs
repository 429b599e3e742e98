// @ts-check
// `npm run bench`: what Shopwalk costs the audited page. Loads a heavy shop page (about 5,000 elements, a
// 60-field form) in Chromium with the extension, once without an audit and once audited, alternating, and runs the
// same customer on it (a burst of DOM mutations, real clicks, scrolls and keystrokes). Writes the figures to
// bench/results.json and bench/results.md. It reports, it never fails on noise.
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { launchExtension, tabIdShowing } from '../e2e/support/launch-extension.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Time after the customer's last action in which the recorder's debounced measuring passes run. */
const SETTLE_MS = 4_000;

async function serveBenchPages() {
  const server = createServer(async (req, res) => {
    if (req.url === '/' || req.url?.startsWith('/?')) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(await readFile(new URL('./pages/heavy.html', import.meta.url)));
    } else res.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

/** @param {Record<string, number>} before @param {Record<string, number>} after @param {string} name */
const deltaMs = (before, after, name) => Math.round(((after[name] ?? 0) - (before[name] ?? 0)) * 1000 * 10) / 10;

/** @param {import('@playwright/test').CDPSession} cdp */
async function metrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/**
 * One run of the customer on a fresh tab.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} extensionId
 * @param {string} url
 * @param {boolean} audited
 */
async function run(context, extensionId, url, audited) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${url}?run=${Date.now()}`);
  if (audited) {
    const tabId = await tabIdShowing(context, page.url());
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.getByLabel('Scenario').fill('Benchmark');
    await popup.getByRole('button', { name: 'Start audit' }).click();
    await popup.getByText('Recording').waitFor();
    await popup.close();
    await page.bringToFront();
  }
  await page.waitForTimeout(SETTLE_MS); // the recorder's first passes over the page are part of its cost
  await page.evaluate(() => {
    const w = /** @type {any} */ (globalThis);
    w.benchShifts = 0;
    w.benchLongTasks = 0;
    new PerformanceObserver((l) =>
      l.getEntries().forEach((e) => (w.benchShifts += /** @type {any} */ (e).value)),
    ).observe({ type: 'layout-shift' });
    new PerformanceObserver((l) => (w.benchLongTasks += l.getEntries().length)).observe({ type: 'longtask' });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // A sampled profile tells Shopwalk's own JavaScript apart from the page's, however busy the machine is.
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const before = await metrics(cdp);
  await page.evaluate(() => /** @type {any} */ (globalThis).runMutations());
  const buttons = page.locator('button.add');
  for (let i = 0; i < 30; i++) await buttons.nth(i * 7).click();
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 400);
  await page.locator('#f0').click();
  await page.keyboard.type('a'.repeat(100));
  await page.waitForTimeout(SETTLE_MS);
  const after = await metrics(cdp);
  const { profile } = await cdp.send('Profiler.stop');
  const { shifts, longTasks } = await page.evaluate(() => {
    const w = /** @type {any} */ (globalThis);
    return { shifts: w.benchShifts, longTasks: w.benchLongTasks };
  });
  await page.close();
  return {
    taskMs: deltaMs(before, after, 'TaskDuration'),
    scriptMs: deltaMs(before, after, 'ScriptDuration'),
    layoutMs: deltaMs(before, after, 'LayoutDuration'),
    styleMs: deltaMs(before, after, 'RecalcStyleDuration'),
    longTasks,
    layoutShift: Math.round(shifts * 10_000) / 10_000,
    contentScriptMs: contentScriptSelfMs(profile),
  };
}

/**
 * Self time of functions in the extension's content scripts, from a sampled CPU profile of the page.
 * @param {{ nodes: { id: number, callFrame: { url: string } }[], samples?: number[], timeDeltas?: number[] }} profile
 */
function contentScriptSelfMs(profile) {
  const ours = new Set(profile.nodes.filter((n) => /\/content-scripts\//.test(n.callFrame.url)).map((n) => n.id));
  let us = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) if (ours.has(samples[i] ?? -1)) us += deltas[i] ?? 0;
  return Math.round(us / 100) / 10;
}

/** @param {number[]} xs @returns {number} */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** @param {Record<string, number>[]} runs @returns {Record<string, number>} */
function medians(runs) {
  return Object.fromEntries(Object.keys(runs[0] ?? {}).map((k) => [k, median(runs.map((r) => r[k] ?? 0))]));
}

async function contentScriptSizes() {
  /** @type {Record<string, {bytes: number, gzipBytes: number}>} */
  const sizes = {};
  for (const name of ['recorder.js', 'page-errors.js']) {
    try {
      const code = await readFile(`${root}.output/chrome-mv3/content-scripts/${name}`);
      sizes[name] = { bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
    } catch {
      // a content script this build does not have
    }
  }
  return sizes;
}

async function main() {
  const pages = await serveBenchPages();
  const { context, extensionId } = await launchExtension({ extensionPath: `${root}.output/chrome-mv3-e2e` });
  const version = context.browser()?.version() ?? 'unknown';
  /** @type {Record<string, number>[]} */ const plain = [];
  /** @type {Record<string, number>[]} */ const audited = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      plain.push(await run(context, extensionId, pages.url, false));
      audited.push(await run(context, extensionId, pages.url, true));
      process.stdout.write('.');
    }
  } finally {
    await context.close();
    pages.close();
  }
  const a = medians(plain);
  const b = medians(audited);
  const added = Object.fromEntries(Object.keys(a).map((k) => [k, Math.round(((b[k] ?? 0) - (a[k] ?? 0)) * 10) / 10]));
  const sizes = await contentScriptSizes();
  const results = {
    date: new Date().toISOString(),
    browser: `Chromium ${version}`,
    runs: RUNS,
    page: 'bench/pages/heavy.html: ~5,000 elements, 60-field form; 1,000 added nodes in 20 frames, 30 clicks, 20 wheel scrolls, 100 keystrokes',
    overhead: { withoutAudit: a, audited: b, addedByShopwalk: added },
    contentScripts: sizes,
  };
  await writeFile(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');
  const rows = Object.keys(a).map((k) => `| ${k} | ${a[k]} | ${b[k]} | ${added[k]} |`);
  const sizeRows = Object.entries(sizes).map(([n, s]) => `| ${n} | ${s.bytes} | ${s.gzipBytes} |`);
  const md = [
    `# Benchmark results`,
    '',
    `${results.date}, ${results.browser}, median of ${RUNS} runs each. ${results.page}.`,
    '',
    '## Main-thread cost on the audited page (ms, shifts as CLS)',
    '',
    '| metric | without audit | audited | added by Shopwalk |',
    '|---|---|---|---|',
    ...rows,
    '',
    '## Content scripts (release build)',
    '',
    '| file | bytes | gzip bytes |',
    '|---|---|---|',
    ...sizeRows,
    '',
  ].join('\n');
  await writeFile(new URL('./results.md', import.meta.url), md);
  console.log('\n' + md);
}

await main();
