import type { Request } from '@playwright/test';
import { openSidePanel, startAudit } from './support/auditor';
import { readDatabase } from './support/database';
import { expect, test } from './support/fixtures';
import { currentServiceWorker } from './support/launch-extension.mjs';
import { walkRegenwald } from './support/walk.mjs';

/** Where a request came from: the service worker's or the page's URL (a worker's request has no frame). */
function origin(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  try {
    return request.frame().url();
  } catch {
    return 'unknown';
  }
}

// Nothing is sent anywhere (DEVELOPERS.md, privacy): the extension's pages and its service worker load only the
// extension's own files, and nothing at all goes to a host other than the shop being walked.
test('extension pages and the service worker make no network request during a whole audit', async ({ ext, shop }) => {
  const seen: { url: string; from: string }[] = [];
  ext.context.on('request', (request) => seen.push({ url: request.url(), from: origin(request) }));

  // The listener must hear the service worker, or silence would prove nothing: one request on purpose.
  const control = `${shop.url}favicon.svg?control`;
  await currentServiceWorker(ext.context)!.evaluate(async (url) => (await fetch(url)).status, control);
  await expect.poll(() => seen.some((r) => r.url === control && r.from.endsWith('/background.js'))).toBe(true);

  const page = await ext.context.newPage();
  await page.goto(shop.url);
  await startAudit(ext, page, { scenario: 'Guest purchase' });
  await walkRegenwald(page, shop.url, { email: 'quiet@example.com', password: 'never-sent-1' });
  const panel = await openSidePanel(ext, page);
  await expect(panel.getByTestId('touchpoint').first()).toBeVisible();
  await panel.getByRole('button', { name: 'Finish' }).click();
  await expect.poll(async () => (await readDatabase(ext)).audits[0]?.status).toBe('finished');

  const dashboard = await ext.context.newPage();
  await dashboard.goto(ext.page('dashboard.html'));
  await dashboard.getByLabel('Select all audits').check();
  const [download] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByRole('button', { name: /^Export 1 audit/ }).click(),
  ]);
  await download.path();
  await dashboard.getByRole('button', { name: 'Regenwald Outdoor' }).click();
  await expect(dashboard.getByTestId('touchpoint').first()).toBeVisible();
  await dashboard.getByRole('link', { name: 'Scorecards' }).click();
  await expect(dashboard.getByRole('heading', { name: 'Scorecards', exact: true })).toBeVisible();
  for (const path of ['options.html', 'welcome.html', 'popup.html']) {
    const other = await ext.context.newPage();
    await other.goto(ext.page(path));
    await other.waitForLoadState('networkidle');
  }

  const shopHost = new URL(shop.url).host;
  const fromExtension = seen.filter(
    (r) => (r.from.startsWith('chrome-extension://') || r.from.endsWith('/background.js')) && r.url !== control,
  );
  expect(fromExtension.length).toBeGreaterThan(0); // its own scripts and styles, at least
  expect(fromExtension.filter((r) => !/^(chrome-extension|data|blob):/.test(r.url))).toEqual([]);
  expect(seen.filter((r) => /^(https?|wss?):/.test(r.url) && new URL(r.url).host !== shopHost)).toEqual([]);
});
