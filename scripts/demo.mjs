// @ts-check
// `npm run demo`: an auditor compares two bundled demo shops on one task with the extension. Regenwald Outdoor puts
// every kind of friction in the way, Wolkenlos Outdoor none; each is walked and audited as a customer would, then
// the dashboard exports both audits. What the auditor gets lands in demo-output/: screenshots of the side panel and
// the dashboard, the audits as JSON and as CSV tables.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startShop } from '../e2e/fixtures/shop-server.mjs';
import { startSmoothShop } from '../e2e/fixtures/smooth-shop-server.mjs';
import { launchExtension, tabIdShowing } from '../e2e/support/launch-extension.mjs';
import { REGENWALD_WALK, SMOOTH_WALK, walkRegenwald, walkSmooth } from '../e2e/support/walk.mjs';

/** @typedef {import('@playwright/test').BrowserContext} BrowserContext */
/** @typedef {import('@playwright/test').Page} Page */

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}demo-output`;
const build = `${root}.output/chrome-mv3-e2e`;

/** Both audits are of one task by one auditor, so that a comparison lines them up. */
const AUDIT = { scenario: 'Buy a rain jacket, then check the order', auditor: 'Demo Auditor' };
/** What the customer types: invented, and never stored by Shopwalk. */
const TYPED = { email: 'demo@example.com', password: 'not-stored-anywhere' };
/** How long the customer looks at each page: the demo is watched, so it takes its time. */
const THINK_MS = 800;
/** The friction rules Regenwald's walk runs into; the demo waits for each finding before it finishes the audit. */
const REGENWALD_FRICTION = ['forced-account', 'long-checkout', 'late-cost', 'slow-page', 'interstitial'];

async function main() {
  await mkdir(outDir, { recursive: true });
  const regenwald = await startShop();
  const wolkenlos = await startSmoothShop();
  const { context, extensionId } = await launchExtension({ extensionPath: build });
  const extensionPage = (/** @type {string} */ path) => `chrome-extension://${extensionId}/${path}`;
  try {
    console.log(`Regenwald Outdoor at ${regenwald.url}, Wolkenlos Outdoor at ${wolkenlos.url}`);

    const regenwaldPanel = await auditWalk(context, extensionPage, regenwald.url, (page) =>
      walkRegenwald(page, regenwald.url, TYPED, { thinkMs: THINK_MS }),
    );
    await regenwaldPanel
      .getByTestId('touchpoint')
      .nth(REGENWALD_WALK.length - 1)
      .waitFor();
    for (const rule of REGENWALD_FRICTION) await regenwaldPanel.locator(`[data-rule="${rule}"]`).first().waitFor();
    await regenwaldPanel.getByLabel('Note').nth(4).fill('Forced account creation: no guest checkout offered.');
    await regenwaldPanel.getByLabel('Note').nth(4).blur();
    await regenwaldPanel.screenshot({ path: `${outDir}/sidepanel.png` });
    await finishAudit(regenwaldPanel);

    const wolkenlosPanel = await auditWalk(context, extensionPage, wolkenlos.url, (page) =>
      walkSmooth(page, wolkenlos.url, TYPED, { thinkMs: THINK_MS }),
    );
    await wolkenlosPanel
      .getByTestId('touchpoint')
      .nth(SMOOTH_WALK.length - 1)
      .waitFor();
    await finishAudit(wolkenlosPanel);

    const dashboard = await context.newPage();
    await dashboard.setViewportSize({ width: 1280, height: 600 });
    await dashboard.goto(extensionPage('dashboard.html'));
    await dashboard.getByTestId('audit-row').nth(1).waitFor();
    await dashboard.screenshot({ path: `${outDir}/dashboard.png` });
    await dashboard.getByLabel('Select all audits').check();
    const json = await saveDownloads(dashboard, 'Export 2 audits', 1);
    const csv = await saveDownloads(dashboard, 'CSV tables of 2 audits', 4);

    console.log('\nDone. What the auditor got:');
    console.log(`  side panel after the Regenwald walk: ${outDir}/sidepanel.png`);
    console.log(`  dashboard with both audits: ${outDir}/dashboard.png`);
    for (const file of json) console.log(`  both audits (JSON, re-importable): ${file}`);
    for (const file of csv) console.log(`  CSV table: ${file}`);
  } finally {
    await context.close();
    await regenwald.close();
    await wolkenlos.close();
  }
}

/**
 * Opens `shopUrl` in a tab of its own, starts an audit of it from the popup, walks it with `walk` and returns the
 * tab's side panel (opened as a page, named with `?tab=`).
 * @param {BrowserContext} context
 * @param {(path: string) => string} extensionPage
 * @param {string} shopUrl
 * @param {(page: Page) => Promise<void>} walk
 * @returns {Promise<Page>}
 */
async function auditWalk(context, extensionPage, shopUrl, walk) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(shopUrl);
  const tabId = await tabIdShowing(context, page.url());

  const popup = await context.newPage();
  await popup.goto(extensionPage(`popup.html?tab=${tabId}`));
  await popup.getByLabel('Scenario').fill(AUDIT.scenario);
  await popup.getByLabel('Auditor').fill(AUDIT.auditor);
  await popup.getByRole('button', { name: 'Start audit' }).click();
  await popup.getByText('Recording').waitFor();
  await popup.close();
  console.log(`Audit of ${shopUrl} started; walking the shop as a customer would …`);

  await page.bringToFront();
  await walk(page);
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(extensionPage(`sidepanel.html?tab=${tabId}`));
  return panel;
}

/** @param {Page} panel */
async function finishAudit(panel) {
  await panel.getByRole('button', { name: 'Finish' }).click();
  await panel.getByLabel('Start an audit of this page').waitFor();
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
