import { openPopup, startAudit } from './support/auditor';
import { journeyPaths, readDatabase } from './support/database';
import { expect, test } from './support/fixtures';
import { REGENWALD_WALK, walkRegenwald } from './support/walk.mjs';

test('an audit records every page load and single-page-app route of the walk, in order, with plausible times', async ({
  ext,
  shop,
}) => {
  const page = await ext.context.newPage();
  await page.goto(shop.url);
  await startAudit(ext, page, { scenario: 'Buy a rain jacket', auditor: 'Alex Auditor' });

  await walkRegenwald(page, shop.url, { email: 'alex@example.com', password: 'PRIVATE-marker-1234' });

  await expect.poll(async () => journeyPaths(await readDatabase(ext), shop.origin)).toEqual(REGENWALD_WALK);
  const { audits, touchpoints } = await readDatabase(ext);
  expect(audits).toHaveLength(1);
  expect(audits[0]).toMatchObject({
    shopName: 'Regenwald Outdoor',
    scenario: 'Buy a rain jacket',
    auditorName: 'Alex Auditor',
    status: 'active',
    origin: shop.origin,
  });
  expect(touchpoints.map((t) => t.arrival)).toEqual([
    'start',
    'load',
    'load',
    'form-submit',
    'load',
    'form-submit',
    'form-submit',
    'load',
    'history',
    'history',
    'history',
    'history',
    'hash',
  ]);
  expect(touchpoints[10]!.backForward).toBe(true);
  expect(touchpoints[2]!.title).toBe('Alpine Shell rain jacket | Regenwald Outdoor');
  await expect.poll(async () => (await readDatabase(ext)).touchpoints[9]!.title).toBe('Order 1042 | Regenwald Outdoor');

  // Each touchpoint is left when the next is entered; only the last is still open.
  for (const [i, tp] of touchpoints.entries()) {
    const next = touchpoints[i + 1];
    if (next) {
      expect(tp.leftAt).toBe(next.enteredAt);
      expect(tp.visibleMs).toBeLessThanOrEqual(tp.leftAt! - tp.enteredAt);
    } else expect(tp.leftAt).toBeUndefined();
  }
  const walkMs = touchpoints.at(-1)!.enteredAt - touchpoints[0]!.enteredAt;
  expect(walkMs).toBeGreaterThan(0);
  expect(walkMs).toBeLessThan(60_000);

  // Nothing typed into the shop's forms reaches the database.
  expect(JSON.stringify(await readDatabase(ext))).not.toContain('PRIVATE-marker');
});

test('the side panel shows the running audit and its journey as the auditor walks', async ({ ext, shop }) => {
  const page = await ext.context.newPage();
  await page.goto(shop.url);
  await startAudit(ext, page, { auditor: 'Kim' });
  const tabId = await ext.tabIdOf(page);
  const panel = await ext.context.newPage();
  await panel.goto(ext.page(`sidepanel.html?tab=${tabId}`));
  await expect(panel.getByTestId('touchpoint')).toHaveCount(1);

  await page.getByTestId('nav-rain-jackets').first().click();
  await expect(panel.getByTestId('touchpoint')).toHaveCount(2);
  await expect(panel.getByTestId('touchpoint').nth(1)).toContainText('Rain jackets | Regenwald Outdoor');

  await panel.getByLabel('Note').nth(1).fill('Filter for size is hidden');
  await panel.getByLabel('Note').nth(1).blur();
  await expect.poll(async () => (await readDatabase(ext)).touchpoints[1]!.note).toBe('Filter for size is hidden');

  await panel.getByRole('button', { name: 'Finish' }).click();
  await expect.poll(async () => (await readDatabase(ext)).audits[0]!.status).toBe('finished');
  await expect(panel.getByRole('status').filter({ hasText: 'finished and saved' })).toContainText(
    'The audit of Regenwald Outdoor is finished and saved.',
  );
  await expect(panel.getByLabel('Start an audit of this page')).toBeVisible();
});

test('a step to another site (a payment provider, say) is recorded and marked as another origin', async ({
  ext,
  shop,
}) => {
  const page = await ext.context.newPage();
  await page.goto(`${shop.url}cart`);
  await startAudit(ext, page);
  // localhost is another origin than 127.0.0.1, and one the extension has no access to.
  const elsewhere = shop.url.replace('127.0.0.1', 'localhost');
  await page.goto(`${elsewhere}checkout/account`);
  await page.goto(`${shop.url}checkout/confirmation`);

  await expect
    .poll(async () => (await readDatabase(ext)).touchpoints.map((t) => t.origin))
    .toEqual([shop.origin, new URL(elsewhere).origin, shop.origin]);
  const tabId = await ext.tabIdOf(page);
  const panel = await ext.context.newPage();
  await panel.goto(ext.page(`sidepanel.html?tab=${tabId}`));
  await expect(panel.getByTestId('touchpoint').nth(1)).toContainText('other site');
  await expect(panel.getByTestId('touchpoint').nth(0)).not.toContainText('other site');
});

test('two tabs record two audits side by side, and one tab cannot start a second', async ({ ext, shop }) => {
  const first = await ext.context.newPage();
  await first.goto(shop.url);
  await startAudit(ext, first, { shop: 'Regenwald (tab 1)' });
  const second = await ext.context.newPage();
  await second.goto(`${shop.url}app/`);
  await startAudit(ext, second, { shop: 'Regenwald (tab 2)' });

  await first.getByTestId('nav-cart').first().click();
  await second.getByTestId('nav-orders').click();
  await expect
    .poll(async () => {
      const { audits, touchpoints } = await readDatabase(ext);
      return audits
        .map(
          (a) =>
            `${a.shopName}: ${touchpoints
              .filter((t) => t.auditId === a.id)
              .map((t) => new URL(t.url).pathname)
              .join(' ')}`,
        )
        .sort();
    })
    .toEqual(['Regenwald (tab 1): / /cart', 'Regenwald (tab 2): /app/ /app/orders']);

  const popup = await openPopup(ext, first);
  await expect(popup.getByText('Recording')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Start audit' })).toHaveCount(0);
});
