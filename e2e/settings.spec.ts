import { expect, test } from './support/fixtures';

test('the first run opens a welcome page that explains an audit and shows a sample journey', async ({ ext }) => {
  const welcome =
    ext.context.pages().find((p) => p.url().endsWith('/welcome.html#consent')) ??
    (await ext.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html#consent') }));
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to Shopwalk');
  await expect(welcome.getByText('Never: what you type into the shop’s forms.')).toBeVisible();
  await expect(welcome.getByTestId('touchpoint')).toHaveCount(6);
  await expect(welcome.getByTestId('touchpoint').nth(5)).toContainText('other site');
});

test('choosing German in the settings turns every page German, numbers and dates included', async ({ ext, shop }) => {
  const settings = await ext.context.newPage();
  await settings.goto(ext.page('options.html'));
  await settings.getByLabel('Language').selectOption('de');
  await expect(settings.getByRole('heading', { level: 1 })).toHaveText('Shopwalk-Einstellungen');
  await expect(settings.locator('html')).toHaveAttribute('lang', 'de');

  const page = await ext.context.newPage();
  await page.goto(shop.url);
  const popup = await ext.context.newPage();
  await popup.goto(ext.page(`popup.html?tab=${await ext.tabIdOf(page)}`));
  await expect(popup.getByRole('button', { name: 'Audit starten' })).toBeVisible();
  await popup.getByLabel('Prüfer/in').fill('Jana');
  await popup.getByRole('button', { name: 'Audit starten' }).click();
  await expect(popup.getByText('Zeichnet auf')).toBeVisible();
  await expect(popup.getByText(/Läuft seit \d+,\d s/)).toBeVisible();

  await settings.getByLabel('Sprache').selectOption('auto');
  await expect(popup.getByText('Recording')).toBeVisible();
});

test('the settings list the sites Shopwalk may read and say so when one cannot be taken back', async ({ ext }) => {
  const settings = await ext.context.newPage();
  await settings.goto(ext.page('options.html'));
  const site = settings.getByRole('listitem').filter({ hasText: 'http://127.0.0.1' });
  await expect(site).toBeVisible();
  // The test build is granted 127.0.0.1 at install; a granted-at-install site cannot be taken back.
  await site.getByRole('button', { name: /Take back/ }).click();
  await expect(settings.getByRole('alert')).toContainText('could not be taken back');
  await expect(site).toBeVisible();
});
