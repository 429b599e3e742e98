import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { STORAGE_FAILURE_KEY } from '../utils/background/storage-failure-state';
import type { StorageFailure } from '../utils/db/storage-failure';
import { openPopup, openSidePanel, startAudit } from './support/auditor';
import { expect, test } from './support/fixtures';

/**
 * Keeps a storage failure in `storage.session` exactly as the background's handleStorageFault does. A real full
 * store cannot be made here: the build holds unlimitedStorage, which Chromium exempts from its quota (also from
 * a quota overridden over the DevTools protocol), so the failing write and the pause are unit-tested
 * (utils/background/storage-fault.test.ts) and this checks what every page makes of the kept failure.
 */
async function keepFailure(page: Page, failure: StorageFailure | undefined): Promise<void> {
  await page.evaluate(
    async ([key, value]) => {
      const { storage } = (globalThis as unknown as { chrome: typeof browser }).chrome;
      if (value) await storage.session.set({ [key]: value });
      else await storage.session.remove(key);
    },
    [STORAGE_FAILURE_KEY, failure] as const,
  );
}

test('a full store is said, with what to do, in the side panel, the popup and the dashboard; dismissed everywhere', async ({
  ext,
  shop,
}) => {
  const shopPage = await ext.context.newPage();
  await shopPage.goto(shop.url);
  await startAudit(ext, shopPage);
  const panel = await openSidePanel(ext, shopPage);
  const popup = await openPopup(ext, shopPage);
  const dashboard = await ext.context.newPage();
  await dashboard.goto(ext.page('dashboard.html'));
  const pages = [panel, popup, dashboard];
  for (const page of pages) await expect(page.getByText('Storage problem')).toHaveCount(0);

  await keepFailure(dashboard, { reason: 'full', at: Date.now() });
  for (const page of pages) {
    const alert = page.getByRole('alert').filter({ hasText: 'Storage problem' });
    await expect(alert).toContainText('Storage is full: nothing more can be recorded');
    await expect(alert).toContainText('Export and delete old audits in the dashboard, or free disk space');
  }

  await panel.getByRole('button', { name: 'Dismiss' }).click();
  for (const page of pages) await expect(page.getByText('Storage problem')).toHaveCount(0);
});

test('a database that does not open is said in German too, and that the audits are not deleted', async ({ ext }) => {
  const settings = await ext.context.newPage();
  await settings.goto(ext.page('options.html'));
  await settings.getByLabel('Language').selectOption('de');
  const dashboard = await ext.context.newPage();
  await dashboard.goto(ext.page('dashboard.html'));
  await keepFailure(dashboard, { reason: 'broken', at: Date.now() });
  const alert = dashboard.getByRole('alert').filter({ hasText: 'Speicherproblem' });
  await expect(alert).toContainText('Die Audit-Datenbank konnte nicht geöffnet werden');
  await expect(alert).toContainText('Ihre Audits werden nicht gelöscht');
});

test('the settings show how much storage is used and whether it is kept, and ask the browser again', async ({
  ext,
}) => {
  const settings = await ext.context.newPage();
  await settings.goto(ext.page('options.html'));
  const section = settings.getByRole('region', { name: 'Storage' });
  await expect(section).toContainText(/\d+(\.\d)? (kB|MB) used of about \d+(\.\d)? GB this browser allows Shopwalk/);
  // Chromium reports an extension's storage as not persistent even with unlimitedStorage (docs/permissions.md).
  await expect(section.locator('[data-persisted="false"]')).toContainText('unlimited storage');
  await section.getByRole('button', { name: 'Ask to keep storage' }).click();
  await expect(section.getByRole('status')).toContainText('The browser did not grant persistent storage');
});
