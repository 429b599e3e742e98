// @ts-check
// `npm run bench`: what Shopwalk costs the audited page, side by side with rrweb (the open-source session recorder
// behind several replay products; a devDependency for this comparison only). Loads a heavy shop page (about 5,000
// elements, a 60-field form) in Chromium with the extension three ways in turn: without an audit, audited by
// Shopwalk, and recorded by rrweb, and runs the same customer on it (a burst of DOM mutations, real clicks, scrolls
// and keystrokes). Then the report benchmarks (bench/report.figures.ts), storage at scale (bench/storage.mjs: an
// archive of 1,000 audits imported and timed in the dashboard) and the side panel (bench/side-panel.mjs: its
// scripts' size, its time until usable). Writes the figures to bench/results.json and bench/results.md. It reports,
// it never fails on noise.
//
// `node bench/run.mjs storage sidepanel` runs only the parts named (overhead, reports, storage, sidepanel) and
// keeps the figures of the others from the last results.json, each part with the moment it was measured.
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { launchExtension } from '../e2e/support/launch-extension.mjs';
import { findChromium } from '../scripts/find-chromium.mjs';
import { sidePanelFigures } from './side-panel.mjs';
import { storageAtScale } from './storage.mjs';
import { startBenchmarkAudit } from './support/start-audit.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The parts of the benchmark, in the order they run. */
const PARTS = ['overhead', 'reports', 'storage', 'sidepanel'];
/** The release build, and the e2e build (the same with access to the test shops on 127.0.0.1). */
const RELEASE_BUILD = `${root}.output/chrome-mv3`;
const E2E_BUILD = process.env.BENCH_E2E_BUILD ?? `${root}.output/chrome-mv3-e2e`;
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
    await startBenchmarkAudit(context, extensionId, page);
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
  execFileSync('npx', ['vitest', 'run', '--config', 'bench/vitest.config.ts', 'bench/report.figures.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BENCH_REPORT_OUT: out },
  });
  return JSON.parse(await readFile(out, 'utf8'));
}

/** @param {Record<string, number>} from @param {Record<string, number>} to */
const added = (from, to) =>
  Object.fromEntries(Object.keys(from).map((k) => [k, Math.round(((to[k] ?? 0) - (from[k] ?? 0)) * 10) / 10]));

/**
 * The report benchmarks as Markdown: one table per benchmark, its figures by name.
 * @param {Record<string, Record<string, unknown>>} reports
 */
function reportSection(reports) {
  return Object.entries(reports).flatMap(([name, figures]) => figureTable(`### ${name}`, figures));
}

/**
 * The heavy-page arms: the same customer on the heavy page without an audit, audited by Shopwalk and recorded by
 * rrweb, in turn.
 */
async function overheadFigures() {
  const pages = await serveBenchPages();
  const { context, extensionId } = await launchExtension({ extensionPath: E2E_BUILD });
  /** @type {Record<Mode, Record<string, number>[]>} */
  const runs = { plain: [], shopwalk: [], rrweb: [] };
  try {
    // In turn, so that whatever else the machine does weighs on all three alike.
    for (let i = 0; i < RUNS; i++) {
      for (const mode of /** @type {Mode[]} */ (['plain', 'shopwalk', 'rrweb']))
        runs[mode].push(await run(context, extensionId, pages.url, mode));
      process.stdout.write('.');
    }
  } finally {
    await context.close();
    pages.close();
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
  return {
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
    contentScripts: await contentScriptSizes(),
  };
}

/**
 * The heavy-page arms as Markdown.
 * @param {any} results
 */
function overheadSection(results) {
  const {
    withoutAudit: a,
    audited: b,
    rrweb: c,
    addedByShopwalk,
    addedByRrweb,
    shopwalkShareOfRrweb,
  } = results.overhead;
  const rows = Object.keys(a).map(
    (k) => `| ${k} | ${a[k]} | ${b[k]} | ${c[k]} | ${addedByShopwalk[k]} | ${addedByRrweb[k]} |`,
  );
  /** @type {[string, unknown][]} */
  const shares = Object.entries(shopwalkShareOfRrweb);
  /** @type {[string, { bytes: number, gzipBytes: number }][]} */
  const sizes = Object.entries(results.contentScripts);
  return [
    `## Main-thread cost on the audited page (ms, shifts as CLS)`,
    '',
    `${results.measuredAt.overhead}, median of ${results.runs} runs each. ${results.page}.`,
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
    ...shares.map(([k, v]) => `| ${k} | ${v ?? '–'} |`),
    '',
    '## Content scripts (release build)',
    '',
    '| file | bytes | gzip bytes |',
    '|---|---|---|',
    ...sizes.map(([n, size]) => `| ${n} | ${size.bytes} | ${size.gzipBytes} |`),
    '',
  ];
}

/**
 * A table of figures by name, under its heading.
 * @param {string} heading @param {Record<string, unknown>} figures
 */
function figureTable(heading, { what, ...figures }) {
  return [
    heading,
    '',
    String(what),
    '',
    '| figure | value |',
    '|---|---|',
    ...Object.entries(figures).map(([k, v]) => `| ${k} | ${v} |`),
    '',
  ];
}

/** @param {any} results */
function markdown(results) {
  const measured = Object.entries(results.measuredAt).map(([part, at]) => `${part} ${at}`);
  return [
    `# Benchmark results`,
    '',
    `${results.browser}. Measured: ${measured.join('; ')}.`,
    '',
    ...(results.overhead ? overheadSection(results) : []),
    ...(results.reports ? ['## Reports', '', ...reportSection(results.reports)] : []),
    ...(results.sidePanel ? figureTable('## Side panel', results.sidePanel) : []),
  ].join('\n');
}

/** The parts named on the command line (all when none is), checked. */
function chosenParts() {
  const named = process.argv.slice(2);
  const unknown = named.filter((part) => !PARTS.includes(part));
  if (unknown.length) throw new Error(`Unknown part ${unknown.join(', ')}: the parts are ${PARTS.join(', ')}.`);
  return named.length ? named : PARTS;
}

/** The last results, whose figures a run of some parts keeps for the others. */
async function lastResults() {
  try {
    return JSON.parse(await readFile(new URL('./results.json', import.meta.url), 'utf8'));
  } catch {
    return {}; // no results yet: this run's parts are all there will be
  }
}

async function main() {
  const parts = chosenParts();
  const last = await lastResults();
  const executable = findChromium();
  const browser = executable ? execFileSync(executable, ['--version'], { encoding: 'utf8' }).trim() : 'unknown';
  const date = new Date().toISOString();
  const results = { ...last, date, browser, measuredAt: { ...last.measuredAt } };
  // Results of before parts were named: every figure in them is of the run at their date.
  if (!last.measuredAt && last.date) for (const part of PARTS) results.measuredAt[part] = last.date;
  if (parts.includes('overhead')) {
    Object.assign(results, await overheadFigures());
    results.measuredAt.overhead = date;
  }
  if (parts.includes('reports')) {
    results.reports = { ...results.reports, ...(await reportFigures()) };
    results.measuredAt.reports = date;
  }
  if (parts.includes('storage')) {
    results.reports = { ...results.reports, storage: await storageAtScale(root, RELEASE_BUILD) };
    results.measuredAt.storage = date;
  }
  if (parts.includes('sidepanel')) {
    results.sidePanel = await sidePanelFigures({ releaseBuild: RELEASE_BUILD, e2eBuild: E2E_BUILD, runs: RUNS });
    results.measuredAt.sidepanel = date;
  }
  await writeFile(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');
  const md = markdown(results);
  await writeFile(new URL('./results.md', import.meta.url), md);
  console.log('\n' + md);
}

await main();
