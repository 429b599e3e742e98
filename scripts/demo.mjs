// @ts-check
// `npm run demo`: an auditor compares two bundled demo shops on one task with the extension. Regenwald Outdoor puts
// every kind of friction in the way, Wolkenlos Outdoor none; each is walked and audited as a customer would, then
// the dashboard exports both audits and compares them. What the auditor gets lands in demo-output/: the comparison
// report (HTML and Markdown), the audits as JSON and as CSV tables, and pictures of the side panel, the dashboard,
// the comparison and the report.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startShop } from '../e2e/fixtures/shop-server.mjs';
import { startSmoothShop } from '../e2e/fixtures/smooth-shop-server.mjs';
import { auditBothShops } from '../e2e/support/comparison-walks.mjs';
import { launchExtension } from '../e2e/support/launch-extension.mjs';

/** @typedef {import('@playwright/test').Page} Page */

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}demo-output`;
const build = `${root}.output/chrome-mv3-e2e`;

/** How long the customer looks at each page: the demo is watched, so it takes its time. */
const THINK_MS = 800;

async function main() {
  await mkdir(outDir, { recursive: true });
  const regenwald = await startShop();
  const wolkenlos = await startSmoothShop();
  const { context, extensionId } = await launchExtension({ extensionPath: build });
  const extensionPage = (/** @type {string} */ path) => `chrome-extension://${extensionId}/${path}`;
  try {
    console.log(`Regenwald Outdoor at ${regenwald.url}, Wolkenlos Outdoor at ${wolkenlos.url}`);

    console.log('Auditing both shops as a customer would: walk, confirm the findings, rate the steps, finish …');
    await auditBothShops(context, extensionId, {
      regenwaldUrl: regenwald.url,
      wolkenlosUrl: wolkenlos.url,
      thinkMs: THINK_MS,
      beforeFinish: async (panel) => {
        await panel.getByLabel('Note').nth(4).fill('Forced account creation: no guest checkout offered.');
        await panel.getByLabel('Note').nth(4).blur();
        await panel.evaluate(() => globalThis.scrollTo(0, 0));
        await panel.screenshot({ path: `${outDir}/sidepanel.png` });
      },
    });

    const dashboard = await context.newPage();
    await dashboard.setViewportSize({ width: 1280, height: 600 });
    await dashboard.goto(extensionPage('dashboard.html'));
    await dashboard.getByTestId('audit-row').nth(1).waitFor();
    await dashboard.screenshot({ path: `${outDir}/dashboard.png` });
    await dashboard.getByLabel('Select all audits').check();
    const json = await saveDownloads(dashboard, 'Export 2 audits', 1);
    const csv = await saveDownloads(dashboard, 'CSV tables of 2 audits', 4);
    const report = await downloadComparisonReport(dashboard);

    console.log('\nDone. What the auditor got:');
    console.log(`  side panel after the Regenwald walk: ${outDir}/sidepanel.png`);
    console.log(`  dashboard with both audits: ${outDir}/dashboard.png`);
    console.log(`  the comparison report (HTML, opens offline, prints to PDF): ${report.html}`);
    console.log(`  its summary for tickets and wikis (Markdown): ${report.markdown}`);
    console.log(`  the comparison in the dashboard: ${outDir}/comparison.png`);
    console.log(`  the report as a reader sees it: ${outDir}/report.png`);
    for (const file of json) console.log(`  both audits (JSON, re-importable): ${file}`);
    for (const file of csv) console.log(`  CSV table: ${file}`);
  } finally {
    await context.close();
    await regenwald.close();
    await wolkenlos.close();
  }
}

/**
 * Compares the two audits in the dashboard, Regenwald (walked first) as the baseline, downloads the report and its
 * Markdown summary, and pictures the comparison and the report as a reader opens it.
 * @param {Page} dashboard with both audits selected
 */
async function downloadComparisonReport(dashboard) {
  await dashboard.getByRole('button', { name: 'Compare 2 audits' }).click();
  await dashboard.getByTestId('comparison').waitFor();
  await dashboard.setViewportSize({ width: 1280, height: 900 });
  await dashboard.screenshot({ path: `${outDir}/comparison.png` });
  const [html] = await saveDownloads(dashboard, 'Download report (HTML)', 1);
  const [markdown] = await saveDownloads(dashboard, 'Download summary (Markdown)', 1);
  if (!html || !markdown) throw new Error('The comparison gave no report to download.');
  const reader = await dashboard.context().newPage();
  await reader.setViewportSize({ width: 1100, height: 1500 });
  await reader.goto(pathToFileURL(html).href);
  await reader.screenshot({ path: `${outDir}/report.png` });
  return { html, markdown };
}

/**
 * Clicks the dashboard's button named `name` and saves the `count` files it downloads to demo-output/.
 * @param {Page} dashboard
 * @param {string} name
 * @param {number} count
 * @returns {Promise<string[]>} the saved files' paths, in download order
 */
async function saveDownloads(dashboard, name, count) {
  /** @type {import('@playwright/test').Download[]} */
  const downloads = [];
  const collect = (/** @type {import('@playwright/test').Download} */ download) => downloads.push(download);
  dashboard.on('download', collect); // registered first: the predicate below sees each download already counted
  try {
    await Promise.all([
      dashboard.waitForEvent('download', { predicate: () => downloads.length >= count }),
      dashboard.getByRole('button', { name, exact: true }).click(),
    ]);
  } finally {
    dashboard.off('download', collect);
  }
  return Promise.all(
    downloads.map(async (download) => {
      const path = `${outDir}/${download.suggestedFilename()}`;
      await download.saveAs(path);
      return path;
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
