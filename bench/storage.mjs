// @ts-check
// Storage at scale, a part of `npm run bench` (bench/run.mjs): an archive of 1,000 audits (bench/storage.figures.ts)
// imported through the dashboard of the release build in a browser of its own, then the dashboard timed as a user
// meets it: the audit list, one audit opened, a comparison of ten, everything exported (and the exported files
// imported again into an empty browser); and the database's size.
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtension } from '../e2e/support/launch-extension.mjs';

/** How long one step may take before it is reported as not done. */
const STEP_TIMEOUT_MS = 3 * 60_000;

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

/** @param {import('@playwright/test').BrowserContext} context @param {string} extensionId */
async function dashboard(context, extensionId) {
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  return page;
}

/**
 * Imports the files one after another, as a user picks them, each until the dashboard reports it imported.
 * @param {import('@playwright/test').Page} page @param {string[]} files
 */
async function importFiles(page, files) {
  for (const file of files) {
    await page.getByTestId('import-file').setInputFiles(file);
    const report = page.getByTestId('import-report').filter({ hasText: file.split('/').at(-1) });
    await report.waitFor();
    const text = await report.innerText();
    if (!/^Imported/m.test(text)) throw new Error(`${file}: ${text}`);
  }
}

/**
 * Exports every audit the list shows and waits until each file the export writes is downloaded.
 * @param {import('@playwright/test').Page} page @param {number} audits
 * @returns {Promise<import('@playwright/test').Download[]>}
 */
async function exportAll(page, audits) {
  await page.getByLabel('Select all audits').check();
  /** @type {import('@playwright/test').Download[]} */
  const downloads = [];
  const collect = (/** @type {import('@playwright/test').Download} */ d) => downloads.push(d);
  page.on('download', collect);
  try {
    await page.getByRole('button', { name: `Export ${audits} audits` }).click();
    while (downloads.length === 0) await page.waitForEvent('download');
    // The dashboard is busy (import disabled) until the export has handed its last file to the downloads; an
    // export in several files says how many.
    await page.getByTestId('import-file').and(page.locator(':enabled')).waitFor({ state: 'attached' });
    const report = page.getByTestId('import-report');
    const parts = (await report.count()) ? /as (\d+) files/.exec(await report.innerText()) : null;
    while (downloads.length < Number(parts?.[1] ?? 1)) await page.waitForEvent('download');
    for (const download of downloads) await download.path();
    return downloads;
  } finally {
    page.off('download', collect);
  }
}

/** @param {number} bytes */
const mb = (bytes) => Math.round(bytes / 104857.6) / 10;

/**
 * Storage at scale in the build at `extensionPath` (the release build: the dashboard needs no shop).
 * @param {string} root the project's folder
 * @param {string} extensionPath
 */
export async function storageAtScale(root, extensionPath) {
  const dir = join(tmpdir(), `shopwalk-storage-${process.pid}`);
  const exported = join(dir, 'exported');
  await mkdir(exported, { recursive: true });
  try {
    // The archive is made by the project's TypeScript, which Vitest runs (outside the unit suite).
    execFileSync('npx', ['vitest', 'run', '--config', 'bench/vitest.config.ts', 'bench/storage.figures.ts'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, BENCH_STORAGE_DIR: dir },
    });
    const scale = JSON.parse(await readFile(join(dir, 'scale.json'), 'utf8'));
    const archive = (await readdir(dir)).filter((f) => f.startsWith('archive-')).sort();
    const figures = await timeDashboard(
      extensionPath,
      scale,
      archive.map((f) => join(dir, f)),
      exported,
    );
    return {
      what: `${scale.audits} audits × ${scale.touchpoints} touchpoints, 10 findings and ${scale.screenshotsPerAudit} screenshots each, imported in ${archive.length} files into the release build in a fresh profile; times until the dashboard shows it; the export imported again into another fresh profile`,
      ...figures,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * @param {string} extensionPath
 * @param {{ audits: number, touchpoints: number }} scale
 * @param {string[]} archive
 * @param {string} exported
 */
async function timeDashboard(extensionPath, scale, archive, exported) {
  const { context, extensionId } = await launchExtension({ extensionPath });
  /** @type {string[]} */
  let files = [];
  try {
    const page = await dashboard(context, extensionId);
    const importMs = await timed(() => importFiles(page, archive));
    const rows = page.getByTestId('audit-row');
    const listMs = await timed(async () => {
      await page.reload();
      await rows.nth(scale.audits - 1).waitFor({ state: 'attached' });
    });
    const openOneMs = await timed(async () => {
      await rows.first().locator('[data-open]').click();
      await page
        .getByTestId('touchpoint')
        .nth(scale.touchpoints - 1)
        .waitFor({ state: 'attached' });
    });
    const ten = Array.from({ length: 10 }, (_, i) => `audit${i}`).join(',');
    const compareTenMs = await timed(async () => {
      await page.goto(`chrome-extension://${extensionId}/dashboard.html#/compare?ids=${ten}&baseline=audit0`);
      await page.locator('[data-chart]').first().waitFor({ state: 'attached' });
    });
    await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
    await rows.nth(scale.audits - 1).waitFor({ state: 'attached' });
    /** @type {import('@playwright/test').Download[]} */
    let downloads = [];
    const exportAllMs = await timed(async () => (downloads = await exportAll(page, scale.audits)));
    for (const download of downloads) {
      const file = join(exported, download.suggestedFilename());
      await download.saveAs(file);
      files.push(file);
    }
    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const sizes = await Promise.all(files.map(async (f) => (await stat(f)).size));
    return {
      importMs,
      listMs,
      openOneMs,
      compareTenMs,
      exportAllMs,
      exportFiles: files.length,
      exportAllMB: mb(sizes.reduce((a, b) => a + b, 0)),
      largestExportFileMB: mb(Math.max(0, ...sizes)),
      reimportMs: files.length ? await reimport(extensionPath, files, scale.audits) : 'not done: no export',
      databaseMB: mb(usage),
    };
  } finally {
    await context.close();
  }
}

/**
 * The exported files imported into an empty browser, until its list shows every audit: what "export everything"
 * is for.
 * @param {string} extensionPath @param {string[]} files @param {number} audits
 */
async function reimport(extensionPath, files, audits) {
  const { context, extensionId } = await launchExtension({ extensionPath });
  try {
    const page = await dashboard(context, extensionId);
    return await timed(async () => {
      await importFiles(page, files);
      await page
        .getByTestId('audit-row')
        .nth(audits - 1)
        .waitFor({ state: 'attached' });
    });
  } finally {
    await context.close();
  }
}
