import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { AUDITS, dashboardWithComparedAudits } from './support/compared-audits';
import { expect, test } from './support/fixtures';

/** The comparison's table of one stage (or of the whole journey), found by its heading. */
function stageTable(page: Page, title: string): Locator {
  return page
    .getByTestId('comparison-row')
    .filter({ has: page.getByRole('heading', { level: 4, name: title, exact: true }) });
}

/** One audit's cell of one metric in a stage's table. */
function cell(table: Locator, auditId: string, metric: string): Locator {
  return table.locator(`tr[data-audit-id="${auditId}"] td[data-metric="${metric}"]`);
}

function rowOf(page: Page, auditId: string): Locator {
  return page.locator(`[data-testid="audit-row"][data-audit-id="${auditId}"]`);
}

test('the list filters by shop and by days, in the URL, with statistics of a scenario walked three times', async ({
  ext,
}) => {
  const dashboard = await dashboardWithComparedAudits(ext);
  await expect(dashboard.getByTestId('filter-count')).toHaveText('Showing 4 of 4 audits');

  // Three audits of "Guest checkout" (the fourth is another scenario): median, best and worst of each stage.
  const statistics = dashboard.getByTestId('scenario-statistics');
  await expect(statistics).toHaveCount(1);
  await statistics.getByText('Guest checkout: 3 audits').click();
  const journey = statistics.locator('tr[data-row="total"]');
  await expect(journey.locator('td[data-metric="timeMs"]')).toHaveText('1:05best 48.0 s · worst 1:13');
  await expect(journey.locator('td[data-metric="fields"]')).toHaveText('9best 8 · worst 12');
  // Only Bravo went to a product page: a statistic of one, said so; nobody measured fields there.
  const product = statistics.locator('tr[data-row="product"]');
  await expect(product.getByRole('rowheader')).toContainText('visited by 1 of 3');
  await expect(product.locator('td[data-metric="fields"]')).toHaveText('—not measured');

  await dashboard.getByLabel('Shop').selectOption('Alpha Outdoor');
  await expect(dashboard.getByTestId('filter-count')).toHaveText('Showing 2 of 4 audits');
  await expect(dashboard.getByTestId('audit-row')).toHaveCount(2);
  await expect(dashboard.getByTestId('scenario-statistics')).toHaveCount(0);
  expect(new URL(dashboard.url()).hash).toBe('#/?shop=Alpha+Outdoor');
  await dashboard.reload();
  await expect(dashboard.getByTestId('audit-row')).toHaveCount(2);
  await expect(dashboard.getByLabel('Shop')).toHaveValue('Alpha Outdoor');

  // "Select all" takes the rows shown, and only those.
  await dashboard.getByLabel('Select all audits').check();
  await expect(dashboard.getByRole('button', { name: 'Compare 2 audits' })).toBeEnabled();
  await dashboard.getByRole('button', { name: 'Clear filters' }).click();
  await expect(dashboard.getByTestId('filter-count')).toHaveText('Showing 4 of 4 audits');
  await expect(rowOf(dashboard, AUDITS.bravo.id).getByRole('checkbox')).not.toBeChecked();
  expect(new URL(dashboard.url()).hash).toBe('#/');

  // Both days of the range count whole: Bravo on the 12th and Alpha after its relaunch on the 20th.
  await dashboard.getByLabel('From', { exact: true }).fill('2026-11-11');
  await dashboard.getByLabel('To', { exact: true }).fill(AUDITS.alphaAfter.day);
  await expect(dashboard.getByTestId('filter-count')).toHaveText('Showing 2 of 4 audits');
  await expect(rowOf(dashboard, AUDITS.bravo.id)).toBeVisible();
  await expect(rowOf(dashboard, AUDITS.alphaAfter.id)).toBeVisible();
  // What is selected but filtered away is not acted on: only Alpha after its relaunch is counted.
  await expect(dashboard.getByRole('button', { name: 'Export 1 audit' })).toBeEnabled();
  await dashboard.goBack();
  await expect(dashboard.getByTestId('filter-count')).toHaveText('Showing 3 of 4 audits');
});

test('two shops compared stage by stage against a baseline, with gaps, best values, winners and top findings; files of the comparison', async ({
  ext,
}) => {
  const dashboard = await dashboardWithComparedAudits(ext);
  await rowOf(dashboard, AUDITS.alphaBefore.id).getByRole('checkbox').check();
  await rowOf(dashboard, AUDITS.bravo.id).getByRole('checkbox').check();
  await dashboard.getByRole('button', { name: 'Compare 2 audits' }).click();
  await expect(dashboard.getByRole('heading', { level: 2, name: 'Comparison' })).toBeVisible();
  await expect(dashboard).toHaveTitle('Comparison – Shopwalk audits');
  await expect(dashboard.getByTestId('compared-audit')).toHaveCount(2);
  await expect(dashboard.getByTestId('before-after')).toHaveCount(0); // two shops, not one shop twice

  // The oldest audit is the baseline at first.
  await expect(dashboard.getByLabel('Baseline')).toHaveValue('alpha-before');
  expect(new URL(dashboard.url()).hash).toBe(`#/compare?ids=bravo,alpha-before&baseline=alpha-before`);

  const entry = stageTable(dashboard, 'Entry');
  await expect(cell(entry, 'alpha-before', 'timeMs')).toHaveText('10.0 s');
  await expect(cell(entry, 'bravo', 'timeMs')).toHaveText('5.0 s★−5.0 s, better');
  await expect(cell(entry, 'bravo', 'timeMs').getByRole('img', { name: 'best' })).toBeVisible();
  // Both took 2 clicks: nobody was better, nothing is marked.
  await expect(cell(entry, 'alpha-before', 'clicks').getByRole('img', { name: 'best' })).toHaveCount(0);
  await expect(entry.getByTestId('row-winner')).toHaveText('Winner: Bravo Sports');

  const product = stageTable(dashboard, 'Product');
  await expect(product.locator('tr[data-audit-id="alpha-before"]')).toContainText('— not visited');
  await expect(product.getByTestId('row-winner')).toHaveText('Winner: — (fewer than two audits visited it)');

  const cart = stageTable(dashboard, 'Cart');
  await expect(cell(cart, 'bravo', 'findingPoints')).toHaveText('6+6 finding points, worse1 × minor');
  await expect(cell(cart, 'bravo', 'score')).toHaveText('94'); // the only score here: best of one is no best
  await expect(cart.getByTestId('row-winner')).toHaveText('Winner: Alpha Outdoor');

  const address = stageTable(dashboard, 'Checkout: address');
  await expect(cell(address, 'bravo', 'fields')).toHaveText('8★−4 fields, better');
  await expect(cell(address, 'alpha-before', 'findingPoints')).toHaveText('121 × major');
  await expect(address.getByTestId('row-winner')).toHaveText('Winner: Bravo Sports');
  await expect(stageTable(dashboard, 'Confirmation').locator('tr[data-audit-id="bravo"]')).toContainText(
    '— not visited',
  );
  await expect(stageTable(dashboard, 'Whole journey').getByTestId('row-winner')).toHaveText('Winner: Bravo Sports');
  await expect(dashboard.getByTestId('comparison-row').getByRole('heading')).toHaveText([
    'Whole journey',
    'Entry',
    'Product',
    'Cart',
    'Checkout: address',
    'Confirmation',
  ]);

  // Top findings: the confirmed ones only (Alpha's unconfirmed proposal is not among them), with their source.
  const [alpha, bravo] = await dashboard.getByTestId('top-findings').all();
  await expect(alpha!.getByTestId('top-finding')).toHaveCount(1);
  await expect(alpha!).toContainText('3 majorAccount required to order');
  await expect(alpha!).toContainText('found by Shopwalk · Source: Baymard Institute');
  await expect(bravo!).toContainText('2 minorTrust and transparency');
  await expect(bravo!).toContainText('step 3: cart page');
  await expect(bravo!).toContainText('flagged by the auditor');
  await expect(bravo!.getByRole('img')).toHaveJSProperty('naturalWidth', 40);

  // Bravo as the baseline: Alpha's differences turn round.
  await dashboard.getByLabel('Baseline').selectOption({ label: 'Bravo Sports' });
  await expect(cell(address, 'alpha-before', 'fields')).toHaveText('12+4 fields, worse');
  await expect(address.locator('tr[data-audit-id="bravo"] th')).toHaveText('Bravo Sports(baseline)');

  const downloads: Download[] = [];
  dashboard.on('download', (d) => downloads.push(d));
  await dashboard.getByRole('button', { name: 'Download CSV tables' }).click();
  await expect
    .poll(() => downloads.map((d) => d.suggestedFilename().replace(/-\d{4}-\d\d-\d\d\.csv$/, '')))
    .toEqual(['shopwalk-touchpoints', 'shopwalk-findings', 'shopwalk-tasks', 'shopwalk-scores']);
  const touchpoints = await readFile((await downloads[0]!.path())!, 'utf8');
  expect(touchpoints).toContain('bravo-3');
  expect(touchpoints).toContain('alpha-before-3');
  expect(touchpoints).not.toContain('alpha-after-');
  await dashboard.getByRole('button', { name: 'Download JSON' }).click();
  await expect.poll(() => downloads.length).toBe(5);
  const json = JSON.parse(await readFile((await downloads[4]!.path())!, 'utf8')) as { audits: { id: string }[] };
  expect(json.audits.map((a) => a.id).sort()).toEqual(['alpha-before', 'bravo']);
});

test('two audits of one shop show what got better and what got worse first', async ({ ext }) => {
  const dashboard = await dashboardWithComparedAudits(ext);
  await dashboard.getByLabel('Shop').selectOption('Alpha Outdoor');
  await dashboard.getByLabel('Select all audits').check();
  await dashboard.getByRole('button', { name: 'Compare 2 audits' }).click();
  const changes = dashboard.getByTestId('before-after');
  await expect(changes).toContainText(
    /^.*The same shop twice: Alpha Outdoor, Nov 10, 2026.* \(before\) against Alpha Outdoor, Nov 20, 2026.* \(after\)\./,
  );
  await expect(changes.getByTestId('better').getByTestId('change').first()).toHaveText(
    'Whole journey, Findings (points): 12 → 0',
  );
  await expect(changes.getByTestId('worse').getByTestId('change')).toHaveText(['Cart, Clicks: 5 → 6']);
  await expect(changes.getByTestId('rows-gone')).toContainText('Confirmation');
  await expect(changes.getByTestId('rows-new')).toContainText('None.');
  // Listed first: before the stage tables.
  const order = await dashboard
    .getByTestId('comparison')
    .evaluate((el) => [...el.querySelectorAll('[data-testid]')].map((e) => e.getAttribute('data-testid')));
  expect(order.indexOf('before-after')).toBeLessThan(order.indexOf('comparison-row'));

  // Back to the list keeps its filter.
  await dashboard.getByRole('link', { name: '← All audits' }).click();
  await expect(dashboard.getByTestId('filter-count')).toHaveText('Showing 2 of 4 audits');
});

test('a comparison link naming a deleted audit says so, and with fewer than two left asks to choose again', async ({
  ext,
}) => {
  const dashboard = await dashboardWithComparedAudits(ext);
  await dashboard.goto(ext.page('dashboard.html#/compare?ids=gone,bravo,alpha-before&baseline=gone'));
  await expect(dashboard.getByText('1 audit of this comparison no longer exists and is left out.')).toBeVisible();
  await expect(dashboard.getByLabel('Baseline')).toHaveValue('bravo');
  await dashboard.goto(ext.page('dashboard.html#/compare?ids=gone,bravo'));
  await expect(dashboard.getByTestId('compare-too-few')).toContainText(
    'A comparison needs at least two audits that still exist.',
  );
  await dashboard.getByRole('link', { name: 'Choose them in the list of audits.' }).click();
  await expect(dashboard.getByTestId('audit-row')).toHaveCount(4);
});
