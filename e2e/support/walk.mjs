// @ts-check
// The walk through the Regenwald test shop that the end-to-end tests and the demo share: page loads, a form
// post/redirect in the checkout, then the customer-account app's client-side routes (pushState, Back,
// replaceState, hash).

/** The walk's touchpoints as paths on the shop's origin, in order. */
export const REGENWALD_WALK = [
  '/',
  '/category/rain-jackets',
  '/product/alpine-shell',
  '/cart?added=&size=', // a form's query keeps its names, never its values
  '/checkout/account',
  '/checkout/address',
  '/app/',
  '/app/orders',
  '/app/orders/1042',
  '/app/orders',
  '/app/orders?sort=date',
  '/app/orders?sort=date#faq',
];

/**
 * Walks from the home page (already open in `page`) as a customer would. `typed` is what goes into the account
 * form, so that tests can look for it later; `thinkMs` is how long the customer looks at each page (the demo
 * takes its time, the tests don't).
 * @param {import('@playwright/test').Page} page
 * @param {string} shopUrl
 * @param {{ email: string, password: string }} typed
 * @param {{ thinkMs?: number }} [pace]
 */
export async function walkRegenwald(page, shopUrl, typed, { thinkMs = 0 } = {}) {
  const think = () => (thinkMs > 0 ? page.waitForTimeout(thinkMs) : Promise.resolve());
  await page.getByTestId('nav-rain-jackets').first().click();
  await think();
  await page.getByTestId('product-alpine-shell').click();
  await think();
  await page.getByTestId('size').selectOption('M');
  await page.getByTestId('add-to-cart').click();
  await think();
  await page.getByTestId('checkout').click();
  await think();
  await page.getByTestId('email').fill(typed.email);
  await page.getByTestId('password').fill(typed.password);
  await page.getByTestId('password-repeat').fill(typed.password);
  await page.getByTestId('continue').click();
  await think();
  await page.waitForURL(/checkout\/address/);
  await page.goto(`${shopUrl}app/`);
  await think();
  await page.getByTestId('nav-orders').click();
  await think();
  await page.getByTestId('order-1042').click();
  await think();
  await page.waitForURL(/orders\/1042/);
  await page.goBack();
  await think();
  await page.waitForURL(/\/app\/orders$/);
  await page.getByTestId('sort-by-date').click();
  await think();
  await page.waitForURL(/sort=date/);
  await page.getByTestId('faq-link').click();
  await think();
  await page.waitForURL(/#faq/);
}
