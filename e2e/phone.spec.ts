import { PHONE } from './fixtures/lab-truth';
import { openPopup } from './support/auditor';
import { readDatabase } from './support/database';
import { E2E_BUILD, expect, extensionOf, test as base, type Extension } from './support/fixtures';
import type { browser } from 'wxt/browser';
import { currentServiceWorker, launchExtension } from './support/launch-extension.mjs';

// Real window sizes: Playwright would otherwise emulate 1280 × 720 in the phone window too.
const test = base.extend<{ ext: Extension }>({
  // eslint-disable-next-line no-empty-pattern
  ext: async ({}, use) => {
    const { context, extensionId } = await launchExtension({ extensionPath: E2E_BUILD, realWindows: true });
    await use(extensionOf(context, extensionId));
    await context.close();
  },
});

test('walking as a phone opens the shop in a phone-sized window and measures what hurts there', async ({
  ext,
  lab,
}) => {
  const page = await ext.context.newPage();
  await page.goto(`${lab.url}phone`);
  const popup = await openPopup(ext, page);
  await popup.getByLabel('Scenario').fill('Find the size table on a phone');
  await popup.getByRole('radio', { name: /Phone/ }).check();
  const phonePage = ext.context.waitForEvent('page', (p) => p.url().endsWith('/lab/phone'));
  await popup.getByRole('button', { name: 'Start audit' }).click();
  const phone = await phonePage;

  await expect.poll(async () => (await readDatabase(ext)).audits[0]?.device.mobile).toBe(true);
  const audit = (await readDatabase(ext)).audits[0]!;
  const where = await currentServiceWorker(ext.context)!.evaluate(async (tabId) => {
    const { tabs, windows } = (globalThis as unknown as { chrome: typeof browser }).chrome;
    const tab = await tabs.get(tabId);
    return { url: tab.url, windowType: (await windows.get(tab.windowId)).type };
  }, audit.tabId!);
  expect(where).toEqual({ url: phone.url(), windowType: 'popup' });
  expect(audit.device.viewportWidth).toBe(PHONE.viewport.width);
  expect(audit.device.viewportHeight).toBe(PHONE.viewport.height);
  expect(await phone.evaluate(() => innerWidth)).toBe(PHONE.viewport.width);

  await expect.poll(async () => (await readDatabase(ext)).touchpoints[0]?.phone, { timeout: 15_000 }).toBeDefined();
  const tp = (await readDatabase(ext)).touchpoints[0]!;
  expect(tp.phone!.tapTargets.crowded).toBe(PHONE.crowdedTargetIds.length);
  const flagged = tp.phone!.tapTargets.examples.map((e) => e.selector).join(' ');
  for (const id of PHONE.crowdedTargetIds) expect(flagged).toContain(id);
  expect(flagged).not.toContain(PHONE.okTargetId);
  expect(flagged).not.toContain(PHONE.exemptInlineLinkId);
  expect(tp.phone!.smallText.smallShare).toBeGreaterThanOrEqual(PHONE.smallText.shareMin);
  expect(tp.phone!.smallText.smallShare).toBeLessThanOrEqual(PHONE.smallText.shareMax);
  expect(tp.phone!.smallText.viewportMeta).toBe('device-width');
  expect(tp.phone!.sidewaysScroll.overflows).toBe(true);
  expect(tp.phone!.sidewaysScroll.overflowPx).toBeGreaterThanOrEqual(PHONE.scrollWidthMin - PHONE.viewport.width);
  expect(tp.environment?.deviceClass).toBe('phone');

  // The side panel beside the tab the auditor started from follows the phone's audit.
  const panel = await ext.context.newPage();
  await panel.goto(ext.page(`sidepanel.html?tab=${audit.tabId}`));
  await expect(panel.locator('[data-highlight="highlight.smallTargets"]')).toContainText('5 crowded tap targets');
});

test('a desktop walk gets no phone checks', async ({ ext, lab }) => {
  const page = await ext.context.newPage();
  await page.goto(`${lab.url}phone`);
  const popup = await openPopup(ext, page);
  await popup.getByLabel('Scenario').fill('Desktop');
  await popup.getByRole('button', { name: 'Start audit' }).click();
  await expect(popup.getByText('Recording')).toBeVisible();
  await expect.poll(async () => (await readDatabase(ext)).touchpoints[0]?.forms).toBeDefined();
  await expect.poll(async () => (await readDatabase(ext)).touchpoints[0]?.environment).toBeDefined();
  expect((await readDatabase(ext)).touchpoints[0]!.phone).toBeUndefined();
});
