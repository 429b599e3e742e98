import type { Page } from '@playwright/test';

/**
 * A long, deterministic walk through Regenwald Outdoor (e2e/fixtures/shop-server.mjs) for the reliability tests:
 * 40 steps, each a page load or a single-page-app route that makes one touchpoint, with a click on the page's
 * heading before the customer goes on. Only quick pages: the slow address step would add 3 s a round.
 */
export interface Step {
  /** The touchpoint's URL as stored (path, query names and hash on the shop's origin). */
  path: string;
  /** Gets there from the step before (the first step is the page the audit starts on). */
  go(page: Page, shopUrl: string): Promise<void>;
  /** Whether `go` is a click on the page before (a typed URL or Back is not), so that page counts one more click. */
  byClick: boolean;
  /** What the customer clicks on the page before going on (a click that leads nowhere); its heading by default. */
  heading?: string;
  /** How many interruptions (overlays) the page shows once it is read. */
  interruptions?: number;
}

const click =
  (testId: string) =>
  async (page: Page): Promise<void> => {
    await page.getByTestId(testId).first().click();
  };

const START: Step = { path: '/', go: async () => undefined, byClick: false };
const HOME: Step = { path: '/', go: click('nav-home'), byClick: true };
const CATEGORY: Step = { path: '/category/rain-jackets', go: click('nav-rain-jackets'), byClick: true };
const PRODUCT: Step = { path: '/product/alpine-shell', go: click('product-alpine-shell'), byClick: true };
const CART: Step = {
  path: '/cart?added=&size=', // a form's query keeps its names, never its values
  go: async (page) => {
    await page.getByTestId('size').selectOption('M');
    await page.getByTestId('add-to-cart').click();
  },
  byClick: true,
};
/** The account step, with its app advert over the page: the walk waits for the advert before going on. */
const ACCOUNT: Step = {
  path: '/checkout/account',
  go: async (page) => {
    await page.getByTestId('checkout').click();
    await page.getByTestId('app-interstitial').waitFor();
  },
  byClick: true,
  heading: '#app-offer-title', // the advert covers the page's own heading
  interruptions: 1,
};
const APP: Step = {
  path: '/app/',
  go: async (page, shopUrl) => {
    await page.goto(`${shopUrl}app/`);
  },
  byClick: false,
};
const ORDERS: Step = { path: '/app/orders', go: click('nav-orders'), byClick: true };
const ORDER: Step = { path: '/app/orders/1042', go: click('order-1042'), byClick: true };
const BACK_TO_ORDERS: Step = {
  path: '/app/orders',
  go: async (page) => {
    await page.goBack();
  },
  byClick: false,
};
const SORTED: Step = { path: '/app/orders?sort=date', go: click('sort-by-date'), byClick: true };
const FAQ: Step = { path: '/app/orders?sort=date#faq', go: click('faq-link'), byClick: true };

/** Four rounds of ten: the first through the account step (its advert and forced account), the others to the FAQ. */
export const FORTY_STEPS: readonly Step[] = [
  ...[START, CATEGORY, PRODUCT, CART, ACCOUNT, APP, ORDERS, ORDER, BACK_TO_ORDERS, SORTED],
  ...[1, 2, 3].flatMap(() => [HOME, CATEGORY, PRODUCT, CART, APP, ORDERS, ORDER, BACK_TO_ORDERS, SORTED, FAQ]),
];

/** Clicks the heading of the page the walk is on, as a customer clicks while reading. */
export async function clickHeading(page: Page, step: Step): Promise<void> {
  await page
    .locator(step.heading ?? 'h1')
    .first()
    .click();
}

/** The clicks each step's touchpoint ends with: the heading, and the click that left it, if one did. */
export function clicksPerStep(steps: readonly Step[]): number[] {
  return steps.map((_, i) => 1 + (steps[i + 1]?.byClick ? 1 : 0));
}
