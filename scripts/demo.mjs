// @ts-check
// `npm run demo`: walks the bundled demo shop with the extension as an auditor would, and writes what an auditor
// gets out of it to demo-output/: the exported audit (JSON) and screenshots of the side panel and the dashboard.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startShop } from '../e2e/fixtures/shop-server.mjs';
import { launchExtension, tabIdShowing } from '../e2e/support/launch-extension.mjs';
import { walkRegenwald } from '../e2e/support/walk.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}demo-output`;
const build = `${root}.output/chrome-mv3-e2e`;

async function main() {
  await mkdir(outDir, { recursive: true });
  const shop = await startShop();
  const { context, extensionId } = await launchExtension({ extensionPath: build });
  const extensionPage = (/** @type {string} */ path) => `chrome-extension://${extensionId}/${path}`;
  try {
    console.log(`Demo shop at ${shop.url}`);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(shop.url);
    const tabId = await tabIdShowing(context, page.url());

    const popup = await context.newPage();
    await popup.goto(extensionPage(`popup.html?tab=${tabId}`));
    await popup.getByLabel('Scenario').fill('Buy a rain jacket, then check the order');
    await popup.getByLabel('Auditor').fill('Demo Auditor');
    await popup.getByRole('button', { name: 'Start audit' }).click();
    await popup.getByText('Recording').waitFor();
    await popup.close();
    console.log('Audit started; walking the shop as a customer would …');

    await page.bringToFront();
    await walkRegenwald(
      page,
      shop.url,
      { email: 'demo@example.com', password: 'not-stored-anywhere' },
      { thinkMs: 800 },
    );

    const panel = await context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(extensionPage(`sidepanel.html?tab=${tabId}`));
    await panel.getByTestId('touchpoint').nth(11).waitFor();
    await panel.getByLabel('Note').nth(4).fill('Forced account creation: no guest checkout offered.');
    await panel.getByLabel('Note').nth(4).blur();
    await panel.screenshot({ path: `${outDir}/sidepanel.png` });
    await panel.getByRole('button', { name: 'Finish' }).click();
    await panel.getByLabel('Start an audit of this page').waitFor();

    const dashboard = await context.newPage();
    await dashboard.setViewportSize({ width: 1280, height: 600 });
    await dashboard.goto(extensionPage('dashboard.html'));
    await dashboard.getByTestId('audit-row').first().waitFor();
    await dashboard.screenshot({ path: `${outDir}/dashboard.png` });
    await dashboard.getByLabel('Select all audits').check();
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('button', { name: /^Export 1 audit/ }).click(),
    ]);
    const exported = `${outDir}/${download.suggestedFilename()}`;
    await download.saveAs(exported);

    console.log('\nDone. What the auditor got:');
    console.log(`  exported audit (JSON): ${exported}`);
    console.log(`  side panel during the walk: ${outDir}/sidepanel.png`);
    console.log(`  dashboard afterwards: ${outDir}/dashboard.png`);
  } finally {
    await context.close();
    await shop.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
