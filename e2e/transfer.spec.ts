import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import { openSidePanel, startAudit } from './support/auditor';
import { readDatabase, type Stored } from './support/database';
import { expect, test, type Extension, type Shop } from './support/fixtures';

async function walkAndFinish(ext: Extension, shop: Shop): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto(shop.url);
  await startAudit(ext, page, { scenario: 'Guest purchase' });
  await page.getByTestId('nav-rain-jackets').first().click();
  await page.goto(`${shop.url}app/`);
  await page.getByTestId('nav-orders').click();
  await expect.poll(async () => (await readDatabase(ext)).touchpoints.length).toBe(4);
  const panel = await openSidePanel(ext, page);
  await panel.getByRole('button', { name: 'Finish' }).click();
  await expect.poll(async () => (await readDatabase(ext)).audits[0]?.status).toBe('finished');
  await panel.close();
}

async function openDashboard(ext: Extension): Promise<Page> {
  const dashboard = await ext.context.newPage();
  await dashboard.goto(ext.page('dashboard.html'));
  return dashboard;
}

async function exportAll(dashboard: Page): Promise<string> {
  await dashboard.getByLabel('Select all audits').check();
  const [download] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByRole('button', { name: /^Export \d+ audits?$/ }).click(),
  ]);
  const path = join(tmpdir(), `shopwalk-e2e-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return path;
}

const sorted = (s: Stored) => ({
  audits: [...s.audits].sort((a, b) => a.id.localeCompare(b.id)),
  touchpoints: s.touchpoints,
  findings: [...s.findings].sort((a, b) => a.id.localeCompare(b.id)),
});

test('export, delete and import give back equal data; importing again duplicates nothing', async ({ ext, shop }) => {
  await walkAndFinish(ext, shop);
  const before = await readDatabase(ext);
  const dashboard = await openDashboard(ext);
  await expect(dashboard.getByTestId('audit-row')).toHaveCount(1);
  const file = await exportAll(dashboard);
  expect(file).toMatch(/shopwalk-regenwald-outdoor-\d{4}-\d\d-\d\d\.json$/);

  await dashboard.getByRole('button', { name: 'Delete 1 audit' }).click();
  await expect(dashboard.getByText('Deleted 1 audit.')).toBeVisible();
  await expect.poll(async () => (await readDatabase(ext)).touchpoints.length).toBe(0);

  await dashboard.getByTestId('import-file').setInputFiles(file);
  await expect(dashboard.getByTestId('import-report')).toContainText('Imported 1 audit from');
  expect(sorted(await readDatabase(ext))).toEqual(sorted(before));

  await dashboard.getByTestId('import-file').setInputFiles(file);
  await expect(dashboard.getByTestId('import-report')).toContainText('1 audit in the file was already here');
  expect(sorted(await readDatabase(ext))).toEqual(sorted(before));
});

test('a deleted audit comes back with Undo', async ({ ext, shop }) => {
  await walkAndFinish(ext, shop);
  const before = await readDatabase(ext);
  const dashboard = await openDashboard(ext);
  await dashboard.getByTestId('audit-row').getByRole('button').first().click();
  await dashboard.getByRole('button', { name: 'Rename' }).click();
  await dashboard.getByLabel('New shop name').fill('Regenwald (before relaunch)');
  await dashboard.getByRole('button', { name: 'Save' }).click();
  await expect(dashboard.getByRole('heading', { name: 'Regenwald (before relaunch)' })).toBeVisible();
  await dashboard.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(async () => (await readDatabase(ext)).audits.length).toBe(0);
  await dashboard.getByRole('button', { name: 'Undo' }).click();
  await expect(dashboard.getByTestId('audit-row')).toHaveCount(1);
  const after = await readDatabase(ext);
  expect(after.touchpoints).toEqual(before.touchpoints);
  expect(after.audits[0]!.shopName).toBe('Regenwald (before relaunch)');
});

test('a broken import file is refused with a message that says what and where, and changes nothing', async ({
  ext,
  shop,
}) => {
  await walkAndFinish(ext, shop);
  const dashboard = await openDashboard(ext);
  const good = await exportAll(dashboard);
  const before = await readDatabase(ext);
  const text = await readFile(good, 'utf8');

  const truncated = join(tmpdir(), `shopwalk-truncated-${Date.now()}.json`);
  await writeFile(truncated, text.slice(0, Math.floor(text.length / 2)));
  await dashboard.getByTestId('import-file').setInputFiles(truncated);
  await expect(dashboard.getByRole('alert')).toContainText('was not imported, and nothing was changed');
  await expect(dashboard.getByRole('alert')).toContainText('not valid JSON');

  // A second, new audit in the same file with one wrongly typed value: nothing of the file may land.
  const file = JSON.parse(text) as { audits: { id: string; touchpoints: { id: string; enteredAt: unknown }[] }[] };
  const copy = structuredClone(file.audits[0]!);
  copy.id = 'another-audit';
  copy.touchpoints.forEach((t, i) => (t.id = `another-touchpoint-${i}`));
  copy.touchpoints[2]!.enteredAt = 'yesterday';
  file.audits.push(copy);
  const wrong = join(tmpdir(), `shopwalk-wrong-${Date.now()}.json`);
  await writeFile(wrong, JSON.stringify(file));
  await dashboard.getByTestId('import-file').setInputFiles(wrong);
  await expect(dashboard.getByRole('alert')).toContainText('audits[1].touchpoints[2].enteredAt');

  const newer = join(tmpdir(), `shopwalk-newer-${Date.now()}.json`);
  await writeFile(newer, JSON.stringify({ ...JSON.parse(text), formatVersion: 2 }));
  await dashboard.getByTestId('import-file').setInputFiles(newer);
  await expect(dashboard.getByRole('alert')).toContainText('newer Shopwalk');

  expect(await readDatabase(ext)).toEqual(before);
});

test('an export changed after the walk is imported and named as changed; an untouched one is reported intact', async ({
  ext,
  shop,
}) => {
  await walkAndFinish(ext, shop);
  const dashboard = await openDashboard(ext);
  const good = await exportAll(dashboard);
  const text = await readFile(good, 'utf8');
  await dashboard.getByRole('button', { name: 'Delete 1 audit' }).click();
  await expect.poll(async () => (await readDatabase(ext)).audits.length).toBe(0);

  // Someone makes the second page look faster than it was.
  const file = JSON.parse(text) as { audits: { touchpoints: { visibleMs: number }[] }[] };
  file.audits[0]!.touchpoints[1]!.visibleMs = 1;
  const tampered = join(tmpdir(), `shopwalk-tampered-${Date.now()}.json`);
  await writeFile(tampered, JSON.stringify(file));
  await dashboard.getByTestId('import-file').setInputFiles(tampered);
  await expect(dashboard.getByRole('alert')).toContainText('Imported 1 audit from');
  await expect(dashboard.getByRole('alert')).toContainText(
    'Regenwald Outdoor: changed after the walk (touchpoint 2 differs)',
  );
  // The audit keeps its seal: its own Verify says the same.
  await dashboard.getByTestId('audit-row').getByRole('button').first().click();
  await dashboard.getByRole('button', { name: 'Verify' }).click();
  await expect(dashboard.getByTestId('evidence-verdict')).toContainText('touchpoint 2 differs');

  await dashboard.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(async () => (await readDatabase(ext)).audits.length).toBe(0);
  await dashboard.getByTestId('import-file').setInputFiles(good);
  await expect(dashboard.getByRole('status').getByTestId('import-report')).toContainText(
    '1 evidence chain is intact: unchanged since its walk.',
  );
});

test('the CSV tables of an audit read back through a CSV parser with the values stored', async ({ ext, shop }) => {
  // A walk to the account step, so that the findings table has a finding to carry.
  const page = await ext.context.newPage();
  await page.goto(`${shop.url}cart`);
  await startAudit(ext, page);
  await page.getByTestId('checkout').click();
  await expect
    .poll(async () => (await readDatabase(ext)).findings.map((f) => f.ruleId), { timeout: 20_000 })
    .toContain('forced-account');
  const panel = await openSidePanel(ext, page);
  await panel.getByRole('button', { name: 'Finish' }).click();
  await expect.poll(async () => (await readDatabase(ext)).audits[0]?.status).toBe('finished');
  const stored = await readDatabase(ext);
  const dashboard = await openDashboard(ext);
  await dashboard.getByLabel('Select all audits').check();
  const downloads: Download[] = [];
  dashboard.on('download', (d) => downloads.push(d));
  await dashboard.getByRole('button', { name: 'CSV tables of 1 audit' }).click();
  await expect
    .poll(() => downloads.map((d) => d.suggestedFilename().replace(/-\d{4}-\d\d-\d\d\.csv$/, '')))
    .toEqual(['shopwalk-touchpoints', 'shopwalk-findings', 'shopwalk-tasks', 'shopwalk-scores']);
  const read = async (d: Download) => readFile((await d.path())!, 'utf8');
  const touchpointsText = await read(downloads[0]!);
  expect(touchpointsText.startsWith('\uFEFF')).toBe(true); // spreadsheet programs read the umlauts right
  const rows = Papa.parse<Record<string, string>>(touchpointsText.slice(1), { header: true, skipEmptyLines: true });
  expect(rows.errors).toEqual([]);
  expect(rows.data.map((r) => [r['No.'], r['Touchpoint ID'], r['Channel'], r['Title'], r['URL']])).toEqual(
    stored.touchpoints.map((tp) => [String(tp.seq + 1), tp.id, tp.channel, tp.title, tp.url]),
  );
  const findings = Papa.parse<Record<string, string>>((await read(downloads[1]!)).slice(1), {
    header: true,
    skipEmptyLines: true,
  });
  expect(findings.data.map((r) => r['Finding ID']).sort()).toEqual(stored.findings.map((f) => f.id).sort());
});
