// @ts-check
// `npm run bench`: what Shopwalk costs the audited page, side by side with rrweb (the open-source session recorder
// behind several replay products; a devDependency for this comparison only). Loads a heavy shop page (about 5,000
// elements, a 60-field form) in Chromium with the extension three ways in turn: without an audit, audited by
// Shopwalk, and recorded by rrweb, and runs the same customer on it (a burst of DOM mutations, real clicks, scrolls
// and keystrokes). Then the report benchmarks (bench/report.figures.ts) and storage at scale (an archive of 1,000
// audits from bench/storage.figures.ts, imported and timed in the dashboard). Writes the figures to
// bench/results.json and bench/results.md. It reports, it never fails on noise.
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtension, tabIdShowing } from '../e2e/support/launch-extension.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Time after the customer's last action in which the recorder's debounced measuring passes run. */
const SETTLE_MS = 4_000;

/** rrweb's browser bundle, served from the bench page's origin so that its CPU profile names it. */
const RRWEB_BUNDLE = `${root}node_modules/rrweb/dist/rrweb.umd.min.cjs`;

async function serveBenchPages() {
  const server = createServer(async (req, res) => {
    if (req.url === '/' || req.url?.startsWith('/?')) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(await readFile(new URL('./pages/heavy.html', import.meta.url)));
    } else if (req.url === '/rrweb.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      res.end(await readFile(RRWEB_BUNDLE));
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

/** @typedef {'plain' | 'shopwalk' | 'rrweb'} Mode */

/**
 * Starts rrweb's recorder as a replay product's snippet does, with its defaults (it masks password fields only).
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 */
async function startRrweb(page, url) {
  await page.addScriptTag({ url: new URL('/rrweb.js', url).href });
  await page.evaluate(() => {
    const w = /** @type {any} */ (globalThis);
    w.rrwebEvents = [];
    w.rrweb.record({ emit: (/** @type {unknown} */ event) => w.rrwebEvents.push(event) });
  });
}

/**
 * One run of the customer on a fresh tab.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} extensionId
 * @param {string} url
 * @param {Mode} mode
 */
async function run(context, extensionId, url, mode) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${url}?run=${Date.now()}`);
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
  // A sampled profile tells the recorder's own JavaScript apart from the page's, however busy the machine is.
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  // From here on everything counts, the recorder's start too: rrweb's first snapshot of the page, Shopwalk's
  // injection and first measuring passes.
  const before = await metrics(cdp);
  if (mode === 'rrweb') await startRrweb(page, url);
  if (mode === 'shopwalk') {
    const tabId = await tabIdShowing(context, page.url());
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.getByLabel('Scenario').fill('Benchmark');
    await popup.getByRole('button', { name: 'Start audit' }).click();
    await popup.getByText('Recording').waitFor();
    await popup.close();
    await page.bringToFront();
  }
  await page.waitForTimeout(SETTLE_MS);
  await page.evaluate(() => /** @type {any} */ (globalThis).runMutations());
  const buttons = page.locator('button.add');
  for (let i = 0; i < 30; i++) await buttons.nth(i * 7).click();
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 400);
  await page.locator('#f0').click();
  await page.keyboard.type('a'.repeat(100));
  await page.waitForTimeout(SETTLE_MS);
  const after = await metrics(cdp);
  const { profile } = await cdp.send('Profiler.stop');
  const { shifts, longTasks, recordedBytes } = await page.evaluate(() => {
    const w = /** @type {any} */ (globalThis);
    const recordedBytes = w.rrwebEvents ? JSON.stringify(w.rrwebEvents).length : 0;
    return { shifts: w.benchShifts, longTasks: w.benchLongTasks, recordedBytes };
  });
  await page.close();
  return {
    taskMs: deltaMs(before, after, 'TaskDuration'),
    scriptMs: deltaMs(before, after, 'ScriptDuration'),
    layoutMs: deltaMs(before, after, 'LayoutDuration'),
    styleMs: deltaMs(before, after, 'RecalcStyleDuration'),
    longTasks,
    layoutShift: Math.round(shifts * 10_000) / 10_000,
    // The recorder's own JavaScript: Shopwalk's content scripts, or rrweb's bundle.
    recorderSelfMs: selfMs(profile, mode === 'rrweb' ? /\/rrweb\.js$/ : /\/content-scripts\//),
    recordedKB: Math.round(recordedBytes / 102.4) / 10,
  };
}

/**
 * Self time of the functions whose script URL matches `scripts`, from a sampled CPU profile of the page.
 * @param {{ nodes: { id: number, callFrame: { url: string } }[], samples?: number[], timeDeltas?: number[] }} profile
 * @param {RegExp} scripts
 */
function selfMs(profile, scripts) {
  const ours = new Set(profile.nodes.filter((n) => scripts.test(n.callFrame.url)).map((n) => n.id));
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

/**
 * The report benchmarks (bench/report.figures.ts): they run the project's TypeScript, so Vitest runs them (outside
 * the unit suite) and hands the figures over in a file.
 */
async function reportFigures() {
  const out = `${tmpdir()}/shopwalk-report-figures-${process.pid}.json`;
  execFileSync('npx', ['vitest', 'run', '--config', 'bench/vitest.config.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BENCH_REPORT_OUT: out, BENCH_STORAGE_DIR: STORAGE_DIR },
  });
  return JSON.parse(await readFile(out, 'utf8'));
}

/** Where bench/storage.figures.ts writes the archive of the storage benchmark (export files of 250 audits each). */
const STORAGE_DIR = `${tmpdir()}/shopwalk-storage-${process.pid}`;
/** How long one step of the storage benchmark may take before it is reported as not done. */
const STORAGE_STEP_TIMEOUT_MS = 3 * 60_000;

/**
 * Milliseconds that `work` takes; a step that fails or times out is reported with its error, not as a figure, and
 * the benchmark goes on with the next.
 * @param {() => Promise<unknown>} work
 * @returns {Promise<number | string>}
 */
async function timed(work) {
  const start = performance.now();
  try {
    await work();
  } catch (error) {
    return `not done: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`;
  }
  return Math.round(performance.now() - start);
}

/**
 * Storage at scale: the archive imported through the dashboard, then the dashboard timed as a user meets it: the
 * audit list, one audit opened, a comparison of ten, everything exported; and the database's size.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} extensionId
 */
async function storageAtScale(context, extensionId) {
  const scale = JSON.parse(await readFile(join(STORAGE_DIR, 'scale.json'), 'utf8'));
  const files = (await readdir(STORAGE_DIR)).filter((f) => f.startsWith('archive-')).sort();
  const dashboardUrl = `chrome-extension://${extensionId}/dashboard.html`;
  const page = await context.newPage();
  page.setDefaultTimeout(STORAGE_STEP_TIMEOUT_MS);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(dashboardUrl);
  const importMs = await timed(async () => {
    for (const file of files) {
      await page.getByTestId('import-file').setInputFiles(join(STORAGE_DIR, file));
      await page.getByTestId('import-report').filter({ hasText: file }).waitFor();
    }
  });
  const rows = page.getByTestId('audit-row');
  const listMs = await timed(async () => {
    await page.reload();
    await rows.nth(scale.audits - 1).waitFor({ state: 'attached' });
  });
  const openMs = await timed(async () => {
    await rows.first().locator('[data-open]').click();
    await page
      .getByTestId('touchpoint')
      .nth(scale.touchpoints - 1)
      .waitFor({ state: 'attached' });
  });
  const ten = Array.from({ length: 10 }, (_, i) => `audit${i}`).join(',');
  const compareMs = await timed(async () => {
    await page.goto(`${dashboardUrl}#/compare?ids=${ten}&baseline=audit0`);
    await page.locator('[data-chart]').first().waitFor({ state: 'attached' });
  });
  await page.goto(dashboardUrl);
  await page.getByLabel('Select all audits').check();
  let exportBytes = 0;
  const exportAllMs = await timed(async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Export ${scale.audits} audits` }).click(),
    ]);
    exportBytes = (await stat(/** @type {string} */ (await file.path()))).size;
  });
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  await page.close();
  const mb = (/** @type {number} */ bytes) => Math.round(bytes / 104857.6) / 10;
  return {
    what: `${scale.audits} audits × ${scale.touchpoints} touchpoints, 10 findings and ${scale.screenshotsPerAudit} screenshots each, imported in ${files.length} files; times until the dashboard shows it`,
    importMs,
    listMs,
    openOneMs: openMs,
    compareTenMs: compareMs,
    exportAllMs,
    ...(exportBytes > 0 ? { exportAllMB: mb(exportBytes) } : {}),
    databaseMB: mb(usage),
  };
}

/** @param {Record<string, number>} from @param {Record<string, number>} to */
const added = (from, to) =>
  Object.fromEntries(Object.keys(from).map((k) => [k, Math.round(((to[k] ?? 0) - (from[k] ?? 0)) * 10) / 10]));

/**
 * The report benchmarks as Markdown: one table per benchmark, its figures by name.
 * @param {Record<string, Record<string, string | number>>} reports
 */
function reportSection(reports) {
  return Object.entries(reports).flatMap(([name, { what, ...figures }]) => [
    `### ${name}`,
    '',
    String(what),
    '',
    '| figure | value |',
    '|---|---|',
    ...Object.entries(figures).map(([k, v]) => `| ${k} | ${v} |`),
    '',
  ]);
}

async function main() {
  const reports = await reportFigures();
  const pages = await serveBenchPages();
  const { context, extensionId } = await launchExtension({ extensionPath: `${root}.output/chrome-mv3-e2e` });
  const version = context.browser()?.version() ?? 'unknown';
  /** @type {Record<Mode, Record<string, number>[]>} */
  const runs = { plain: [], shopwalk: [], rrweb: [] };
  try {
    // In turn, so that whatever else the machine does weighs on all three alike.
    for (let i = 0; i < RUNS; i++) {
      for (const mode of /** @type {Mode[]} */ (['plain', 'shopwalk', 'rrweb']))
        runs[mode].push(await run(context, extensionId, pages.url, mode));
      process.stdout.write('.');
    }
    reports.storage = await storageAtScale(context, extensionId);
  } finally {
    await context.close();
    pages.close();
    await rm(STORAGE_DIR, { recursive: true, force: true });
  }
  const a = medians(runs.plain);
  const b = medians(runs.shopwalk);
  const c = medians(runs.rrweb);
  const byShopwalk = added(a, b);
  const byRrweb = added(a, c);
  // Shopwalk's cost as a share of rrweb's, where rrweb's is above noise (the target: at most 0.2).
  const shareOfRrweb = Object.fromEntries(
    ['taskMs', 'scriptMs', 'recorderSelfMs'].map((k) => [
      k,
      (byRrweb[k] ?? 0) > 1 ? Math.round(((byShopwalk[k] ?? 0) / (byRrweb[k] ?? 1)) * 100) / 100 : null,
    ]),
  );
  const sizes = await contentScriptSizes();
  const results = {
    date: new Date().toISOString(),
    browser: `Chromium ${version}`,
    runs: RUNS,
    page: 'bench/pages/heavy.html: ~5,000 elements, 60-field form; 1,000 added nodes in 20 frames, 30 clicks, 20 wheel scrolls, 100 keystrokes',
    overhead: {
      withoutAudit: a,
      audited: b,
      rrweb: c,
      addedByShopwalk: byShopwalk,
      addedByRrweb: byRrweb,
      shopwalkShareOfRrweb: shareOfRrweb,
    },
    contentScripts: sizes,
    reports,
  };
  await writeFile(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');
  const rows = Object.keys(a).map((k) => `| ${k} | ${a[k]} | ${b[k]} | ${c[k]} | ${byShopwalk[k]} | ${byRrweb[k]} |`);
  const shareRows = Object.entries(shareOfRrweb).map(([k, v]) => `| ${k} | ${v ?? '–'} |`);
  const sizeRows = Object.entries(sizes).map(([n, s]) => `| ${n} | ${s.bytes} | ${s.gzipBytes} |`);
  const md = [
    `# Benchmark results`,
    '',
    `${results.date}, ${results.browser}, median of ${RUNS} runs each. ${results.page}.`,
    '',
    '## Main-thread cost on the audited page (ms, shifts as CLS)',
    '',
    'recorderSelfMs: self time of the recorder’s own scripts in a sampled CPU profile; recordedKB: what rrweb kept of the walk.',
    '',
    '| metric | without recorder | Shopwalk audit | rrweb recording | added by Shopwalk | added by rrweb |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    'Shopwalk’s added cost as a share of rrweb’s (target: at most 0.2):',
    '',
    '| metric | share |',
    '|---|---|',
    ...shareRows,
    '',
    '## Content scripts (release build)',
    '',
    '| file | bytes | gzip bytes |',
    '|---|---|---|',
    ...sizeRows,
    '',
    '## Reports',
    '',
    ...reportSection(reports),
  ].join('\n');
  await writeFile(new URL('./results.md', import.meta.url), md);
  console.log('\n' + md);
}

await main();
