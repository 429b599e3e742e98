import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPopup, startAudit } from './support/auditor';
import { journeyPaths, readDatabase } from './support/database';
import { E2E_BUILD, expect, extensionOf, test } from './support/fixtures';
import { currentServiceWorker, launchExtension, stopServiceWorker } from './support/launch-extension.mjs';

test('a service worker stopped in the middle of the walk loses no touchpoint, and the audit goes on', async ({
  ext,
  shop,
}) => {
  const page = await ext.context.newPage();
  await page.goto(shop.url);
  await startAudit(ext, page);
  await page.getByTestId('nav-rain-jackets').first().click();
  await expect.poll(async () => (await readDatabase(ext)).touchpoints.length).toBe(2);

  // Chrome stops a worker when it is idle, never in the middle of an event; so does this test.
  await stopServiceWorker(ext.context, page);
  await page.getByTestId('product-alpine-shell').click();
  await page.goto(`${shop.url}app/`);
  await expect.poll(async () => (await readDatabase(ext)).touchpoints.length).toBe(4);
  await stopServiceWorker(ext.context, page);
  await page.getByTestId('nav-orders').click(); // a pushState wakes the worker too

  await expect
    .poll(async () => journeyPaths(await readDatabase(ext), shop.origin))
    .toEqual(['/', '/category/rain-jackets', '/product/alpine-shell', '/app/', '/app/orders']);
  const { audits, touchpoints } = await readDatabase(ext);
  expect(audits[0]!.status).toBe('active');
  expect(touchpoints.filter((t) => t.leftAt === undefined)).toHaveLength(1);
  expect(currentServiceWorker(ext.context)).toBeDefined();
});

test('a paused audit records nothing until it is resumed', async ({ ext, shop }) => {
  const page = await ext.context.newPage();
  await page.goto(shop.url);
  await startAudit(ext, page);
  const popup = await openPopup(ext, page);
  await popup.getByRole('button', { name: 'Pause' }).click();
  await expect(popup.getByText('Paused')).toBeVisible();

  await page.getByTestId('nav-rain-jackets').first().click();
  await page.getByTestId('product-alpine-shell').click();
  await popup.getByRole('button', { name: 'Resume' }).click();
  await expect(popup.getByText('Recording')).toBeVisible();
  await page.getByTestId('nav-cart').first().click();

  await expect
    .poll(async () => journeyPaths(await readDatabase(ext), shop.origin))
    .toEqual(['/', '/product/alpine-shell', '/cart']);
  const { touchpoints } = await readDatabase(ext);
  expect(touchpoints.map((t) => t.arrival)).toEqual(['start', 'resume', 'load']);
  expect(touchpoints[0]!.leftAt).toBeLessThan(touchpoints[1]!.enteredAt); // the pause is nobody's time on page
});

test('a closed tab pauses its audit, which can be resumed in another tab', async ({ ext, shop }) => {
  const page = await ext.context.newPage();
  await page.goto(shop.url);
  await startAudit(ext, page);
  await page.close();
  await expect
    .poll(async () => (await readDatabase(ext)).audits[0])
    .toMatchObject({ status: 'paused', pauseReason: 'tab-closed' });

  const again = await ext.context.newPage();
  await again.goto(`${shop.url}cart`);
  const popup = await openPopup(ext, again);
  await popup.getByRole('button', { name: 'Resume in this tab' }).click();
  await expect(popup.getByText('Recording')).toBeVisible();
  await again.getByTestId('checkout').click();
  await expect
    .poll(async () => journeyPaths(await readDatabase(ext), shop.origin))
    .toEqual(['/', '/cart', '/checkout/account']);
});

test('pages the extension may not touch get a clear message instead of a start button', async ({ ext }) => {
  const tabId = await ext.openTab('about:blank');
  const popup = await ext.context.newPage();
  await popup.goto(ext.page(`popup.html?tab=${tabId}`));
  await expect(popup.getByRole('status')).toContainText('page of the browser itself');
  await expect(popup.getByRole('button', { name: 'Start audit' })).toHaveCount(0);
});

test('after a browser restart on the same profile the audit is kept and resumes where it was', async ({ shop }) => {
  const profile = await mkdtemp(join(tmpdir(), 'shopwalk-restart-'));
  try {
    const first = await launchExtension({ extensionPath: E2E_BUILD, userDataDir: profile });
    const ext1 = extensionOf(first.context, first.extensionId);
    const page = await ext1.context.newPage();
    await page.goto(shop.url);
    await startAudit(ext1, page);
    await page.getByTestId('nav-rain-jackets').first().click();
    await expect.poll(async () => (await readDatabase(ext1)).touchpoints.length).toBe(2);
    await first.context.close();

    const second = await launchExtension({ extensionPath: E2E_BUILD, userDataDir: profile });
    const ext2 = extensionOf(second.context, second.extensionId);
    // Closing the browser closes its tabs first, or not, depending on how it ends; either way the audit waits.
    await expect.poll(async () => (await readDatabase(ext2)).audits[0]).toMatchObject({ status: 'paused' });
    expect((await readDatabase(ext2)).audits[0]!.tabId).toBeUndefined();
    const again = await ext2.context.newPage();
    await again.goto(`${shop.url}category/rain-jackets`);
    const popup = await openPopup(ext2, again);
    await popup.getByRole('button', { name: 'Resume in this tab' }).click();
    await expect(popup.getByText('Recording')).toBeVisible();
    await again.getByTestId('product-alpine-shell').click();
    await expect
      .poll(async () => journeyPaths(await readDatabase(ext2), shop.origin))
      .toEqual(['/', '/category/rain-jackets', '/category/rain-jackets', '/product/alpine-shell']);
    const { touchpoints } = await readDatabase(ext2);
    expect(touchpoints[1]!.leftAt).toBeDefined();
    expect(touchpoints[2]!.arrival).toBe('resume');
    await second.context.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
