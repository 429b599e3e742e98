import { rateVital } from '../utils/measure/vitals-rating';
import { openSidePanel, startAudit } from './support/auditor';
import { readDatabase } from './support/database';
import { expect, test } from './support/fixtures';

const DELAY_MS = 1_000;

test('each page load gets its timing: a server that waits a second gives a TTFB of at least that', async ({
  ext,
  shop,
}) => {
  const page = await ext.context.newPage();
  await page.goto(shop.url);
  await startAudit(ext, page);
  await page.goto(`${shop.url}slow?ms=${DELAY_MS}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Slow page');

  await expect.poll(async () => (await readDatabase(ext)).touchpoints[1]?.timing?.loadMs).toBeGreaterThan(0);
  const slow = (await readDatabase(ext)).touchpoints[1]!.timing!;
  // Known truth from the server, with room for a loaded CI machine above it, never below it.
  expect(slow.ttfbMs).toBeGreaterThanOrEqual(DELAY_MS);
  expect(slow.ttfbMs).toBeLessThan(DELAY_MS + 3_000);
  expect(slow.domContentLoadedMs).toBeGreaterThanOrEqual(slow.ttfbMs!);
  expect(slow.loadMs).toBeGreaterThanOrEqual(slow.domContentLoadedMs!);

  // The home page was left: its paint timings arrived, on its own touchpoint.
  await expect.poll(async () => (await readDatabase(ext)).touchpoints[0]?.timing?.fcpMs).toBeGreaterThan(0);
  const home = (await readDatabase(ext)).touchpoints[0]!.timing!;
  expect(home.ttfbMs).toBeLessThan(DELAY_MS);

  const panel = await openSidePanel(ext, page);
  const ttfb = panel.getByTestId('touchpoint').nth(1).locator('[data-vital="ttfbMs"]');
  await expect(ttfb).toHaveAttribute('data-rating', rateVital('ttfbMs', slow.ttfbMs!));
  await expect(ttfb).not.toHaveAttribute('data-rating', 'good'); // over 0.8 s, whatever the machine
});
