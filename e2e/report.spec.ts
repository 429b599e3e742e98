import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { auditWalk, auditBothShops, finishAudit } from './support/comparison-walks.mjs';
import { expect, test, type Extension } from './support/fixtures';
import { openReportFile, outside } from './support/report-file';

// Two full walks, rated and judged, before anything is compared.
test.describe.configure({ timeout: 240_000 });

/** Selects every audit in the dashboard and opens their comparison. */
async function compareAll(ext: Extension, count: number): Promise<Page> {
  const dashboard = await ext.context.newPage();
  await dashboard.setViewportSize({ width: 1280, height: 900 });
  await dashboard.goto(ext.page('dashboard.html'));
  await expect(dashboard.getByTestId('audit-row')).toHaveCount(count);
  await dashboard.getByLabel('Select all audits').check();
  await dashboard.getByRole('button', { name: `Compare ${count} audits` }).click();
  await expect(dashboard.getByTestId('comparison')).toBeVisible();
  return dashboard;
}

async function download(page: Page, button: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return file;
}

/** Opens a downloaded HTML report as a file (openReportFile). */
async function openReport(ext: Extension, file: Download) {
  // Saved under its own name: Playwright keeps downloads without an extension, which a browser opens as text.
  const saved = join(await mkdtemp(join(tmpdir(), 'shopwalk-report-')), file.suggestedFilename());
  await file.saveAs(saved);
  return openReportFile(ext, saved);
}

test('the report of the two demo shops names the right winner of each stage and opens offline', async ({
  ext,
  shop,
  smoothShop,
}) => {
  await auditBothShops(ext.context, ext.id, { regenwaldUrl: shop.url, wolkenlosUrl: smoothShop.url });
  const dashboard = await compareAll(ext, 2);
  // Regenwald was walked first: the oldest audit is the first baseline, as the own shop usually is.
  await expect(dashboard.getByLabel('Baseline')).toHaveText(/Regenwald Outdoor/);

  const file = await download(dashboard, 'Download report (HTML)');
  expect(file.suggestedFilename()).toMatch(/^shopwalk-report-\d{4}-\d\d-\d\d\.html$/);
  const { report, heard } = await openReport(ext, file);
  const winner = (row: string) => report.locator(`tr[data-row="${row}"] td[data-cell="winner"]`);

  // The auditor rated Regenwald's product page 5 and Wolkenlos's 3, every other step 3 at Regenwald and 4 at
  // Wolkenlos, and confirmed Regenwald's friction: Regenwald wins the product page, Wolkenlos every other stage both
  // visited and the whole journey; a stage only Regenwald has (its account step) has no winner.
  await expect(winner('product')).toHaveText('Regenwald Outdoor');
  await expect(winner('total')).toHaveText('Wolkenlos Outdoor');
  await expect(winner('checkout-account')).toHaveText('—');
  for (const row of ['entry', 'browse', 'cart', 'checkout-address', 'confirmation', 'after-sales'])
    await expect(winner(row), row).toHaveText('Wolkenlos Outdoor');

  expect(outside(heard.requests)).toEqual([]);
  expect(heard.dialogs).toEqual([]);
  expect(heard.console).toEqual([]);
  // Prints: a PDF of several pages comes out, the charts kept whole by the print styles.
  expect((await report.pdf({ format: 'A4' })).length).toBeGreaterThan(10_000);

  const summary = await download(dashboard, 'Download summary (Markdown)');
  expect(summary.suggestedFilename()).toMatch(/^shopwalk-report-\d{4}-\d\d-\d\d\.md$/);
  const markdown = await readFile((await summary.path())!, 'utf8');
  expect(markdown).toContain('Regenwald Outdoor');
  expect(markdown).toContain('Wolkenlos Outdoor');
});

const PAYLOAD = '<script>alert("title")</script><img src=x onerror=alert("img")>';
const SHOP_PAYLOAD = 'Evil <svg onload=alert("shop")>';

test('script payloads in a page title and a shop name run nothing when the HTML report is opened (the unit tests put them in every field)', async ({
  ext,
  shop,
  smoothShop,
}) => {
  // A hostile page on the audited shop: its title is markup that would run if a report wrote it unescaped.
  const hostile = `${shop.url}hostile`;
  await ext.context.route(`${shop.url}hostile*`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><title>${PAYLOAD.replace(/</g, '&lt;')}</title><h1>Hostile</h1></html>`,
    }),
  );
  const evil = await auditWalk(ext.context, ext.id, hostile, async (page) => expect(page).toHaveTitle(PAYLOAD), {
    shopName: SHOP_PAYLOAD,
  });
  await finishAudit(evil);
  await finishAudit(await auditWalk(ext.context, ext.id, smoothShop.url, async () => undefined));

  const dashboard = await compareAll(ext, 2);
  const { report, heard } = await openReport(ext, await download(dashboard, 'Download report (HTML)'));
  await expect(report.getByText(SHOP_PAYLOAD).first()).toBeVisible(); // shown as text
  // The title is in the journey chart, as text too.
  expect(await report.locator('[data-chart="timeline"] title').allTextContents()).toContainEqual(
    expect.stringContaining(PAYLOAD),
  );
  expect(await report.locator('script, iframe, svg[onload], img[onerror]').count()).toBe(0);
  expect(heard.dialogs).toEqual([]);
  expect(heard.console).toEqual([]);
  expect(outside(heard.requests)).toEqual([]);
});
