import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import type { browser } from 'wxt/browser';
import { startLab } from '../fixtures/lab-server.mjs';
import { startShop } from '../fixtures/shop-server.mjs';
import { startSmoothShop } from '../fixtures/smooth-shop-server.mjs';
import { currentServiceWorker, launchExtension, tabIdShowing } from './launch-extension.mjs';

/** The build with host access to 127.0.0.1 (`npm run build:e2e`), so no permission prompt stands in the way. */
export const E2E_BUILD =
  process.env.SHOPWALK_E2E_BUILD ?? fileURLToPath(new URL('../../.output/chrome-mv3-e2e', import.meta.url));

export interface Shop {
  url: string;
  origin: string;
}

export interface Extension {
  context: BrowserContext;
  id: string;
  /** A URL of one of the extension's pages. */
  page(path: string): string;
  /** The browser's id of the tab that shows `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** Opens a tab at `url` (any URL, also those the extension may not read) and returns its id. */
  openTab(url: string): Promise<number>;
}

export function extensionOf(context: BrowserContext, id: string): Extension {
  return {
    context,
    id,
    page: (path) => `chrome-extension://${id}/${path}`,
    tabIdOf: (page) => tabIdShowing(context, page.url()),
    openTab: (url) =>
      currentServiceWorker(context)!.evaluate(async (u) => {
        const { tabs } = (globalThis as unknown as { chrome: typeof browser }).chrome;
        return (await tabs.create({ url: u })).id!;
      }, url),
  };
}

export const test = base.extend<{ shop: Shop; smoothShop: Shop; lab: Shop; ext: Extension }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured object
  shop: async ({}, use) => {
    const shop = await startShop();
    await use(shop);
    await shop.close();
  },
  // Wolkenlos Outdoor, the smooth counterpart of the shop above for comparisons: the same task without its friction.
  // eslint-disable-next-line no-empty-pattern
  smoothShop: async ({}, use) => {
    const shop = await startSmoothShop();
    await use(shop);
    await shop.close();
  },
  // The measurement lab: pages whose true values are known (e2e/fixtures/lab-truth.ts); `url` ends in /lab/.
  // eslint-disable-next-line no-empty-pattern
  lab: async ({}, use) => {
    const lab = await startLab();
    await use(lab);
    await lab.close();
  },
  // eslint-disable-next-line no-empty-pattern
  ext: async ({}, use) => {
    const { context, extensionId } = await launchExtension({ extensionPath: E2E_BUILD });
    await use(extensionOf(context, extensionId));
    await context.close();
  },
});

export { expect } from '@playwright/test';
