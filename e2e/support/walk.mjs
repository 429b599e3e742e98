// @ts-check
// The walks through the two test shops that the end-to-end tests and the demo share, one customer task on both:
// buy a rain jacket, then check the order. Regenwald Outdoor (shop-server.mjs) puts every kind of friction in the
// way: an account before the checkout, an app advert over it, a slow address step with ten fields and a fee that
// shows up there first; after the order the customer checks it in the account app's client-side routes (pushState,
// Back, replaceState, hash). Wolkenlos Outdoor (smooth-shop-server.mjs) takes the same order as a guest on one page.

/** The Regenwald walk's touchpoints as paths on the shop's origin, in order. */
export const REGENWALD_WALK = [
  '/',
  '/category/rain-jackets',
  '/product/alpine-shell',
  '/cart?added=&size=', // a form's query keeps its names, never its values
  '/checkout/account',
  '/checkout/address',
  '/checkout/confirmation',
  '/app/',
  '/app/orders',
  '/app/orders/1042',
  '/app/orders',
  '/app/orders?sort=date',
  '/app/orders?sort=date#faq',
];

/** The Wolkenlos walk's touchpoints as paths on the shop's origin, in order. */
export const SMOOTH_WALK = [
  '/',
  '/kategorie/regenjacken',
  '/produkt/nebelhorn-regenjacke',
  '/warenkorb',
  '/kasse',
  '/kasse/danke',
  '/bestellungen/2051',
];

/** Who the customer says they are in address forms: nobody (an invented name at a made-up address). */
const CUSTOMER = {
  firstName: 'Alex',
  lastName: 'Beispiel',
  street: 'Hafenstraße',
  houseNumber: '12',
  zip: '20457',
  city: 'Hamburg',
  phone: '040 1234567',
  birthday: '1990-05-17',
};

/**
 * What the customer does on each page before going on: looks at it for `thinkMs`, and, where a test asks for it
 * (`readPage`), waits until Shopwalk has read the page. A test customer clicks on within milliseconds, faster than a
 * page can be measured on a busy machine; a person reads the page first.
 * @typedef {{ thinkMs?: number, readPage?: (path: string) => Promise<void> }} Pace
 * @param {import('@playwright/test').Page} page
 * @param {Pace} pace
 */
function thinker(page, { thinkMs = 0, readPage }) {
  return async () => {
    if (thinkMs > 0) await page.waitForTimeout(thinkMs);
    if (!readPage) return;
    await page.waitForLoadState();
    await readPage(new URL(page.url()).pathname);
  };
}

/**
 * Walks Regenwald from the home page (already open in `page`) as a customer would. `typed` is what goes into the
 * account form, so that tests can look for it later; `thinkMs` is how long the customer looks at each page (the demo
 * takes its time, the tests don't).
 * @param {import('@playwright/test').Page} page
 * @param {string} shopUrl
 * @param {{ email: string, password: string }} typed
 * @param {Pace} [pace]
 */
export async function walkRegenwald(page, shopUrl, typed, pace = {}) {
  const think = thinker(page, pace);
  await think();
  await page.getByTestId('nav-rain-jackets').first().click();
  await think();
  await page.getByTestId('product-alpine-shell').click();
  await think();
  await page.getByTestId('size').selectOption('M');
  await page.getByTestId('add-to-cart').click();
  await think();
  await page.getByTestId('checkout').click();
  await think();
  // The app advert comes half a second after the account step; the customer waits for it and, once its countdown
  // lets them, waves it away.
  await page.getByTestId('interstitial-close').click();
  await page.getByTestId('email').fill(typed.email);
  await page.getByTestId('password').fill(typed.password);
  await page.getByTestId('password-repeat').fill(typed.password);
  await page.getByTestId('continue').click();
  await page.waitForURL(/checkout\/address/);
  await think();
  await fillRegenwaldAddress(page);
  await page.getByTestId('place-order').click();
  await page.waitForURL(/checkout\/confirmation/);
  await think();
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

/** @param {import('@playwright/test').Page} page */
async function fillRegenwaldAddress(page) {
  await page.getByTestId('title').selectOption('Mx');
  await page.getByTestId('first-name').fill(CUSTOMER.firstName);
  await page.getByTestId('last-name').fill(CUSTOMER.lastName);
  await page.getByTestId('street').fill(CUSTOMER.street);
  await page.getByTestId('house-number').fill(CUSTOMER.houseNumber);
  await page.getByTestId('zip').fill(CUSTOMER.zip);
  await page.getByTestId('city').fill(CUSTOMER.city);
  await page.getByTestId('phone').fill(CUSTOMER.phone);
  await page.getByTestId('birthday').fill(CUSTOMER.birthday);
}

/**
 * Walks Wolkenlos from the home page (already open in `page`) on the same task: a rain jacket in size M, ordered as
 * a guest, then the order's status from the confirmation's link. `typed` and `thinkMs` as for `walkRegenwald`.
 * @param {import('@playwright/test').Page} page
 * @param {string} shopUrl
 * @param {{ email: string }} typed
 * @param {Pace} [pace]
 */
export async function walkSmooth(page, shopUrl, typed, pace = {}) {
  const think = thinker(page, pace);
  await think();
  await page.getByTestId('nav-rain-jackets').first().click();
  await think();
  await page.getByTestId('product-nebelhorn').click();
  await think();
  await page.getByTestId('size').selectOption('M');
  await page.getByTestId('add-to-cart').click();
  await page.waitForURL(`${shopUrl}warenkorb`);
  await think();
  await page.getByTestId('checkout').click();
  await think();
  await page.getByTestId('email').fill(typed.email);
  await page.getByTestId('given-name').fill(CUSTOMER.firstName);
  await page.getByTestId('family-name').fill(CUSTOMER.lastName);
  await page.getByTestId('street').fill(`${CUSTOMER.street} ${CUSTOMER.houseNumber}`);
  await page.getByTestId('zip').fill(CUSTOMER.zip);
  await page.getByTestId('city').fill(CUSTOMER.city);
  await page.getByTestId('place-order').click();
  await page.waitForURL(`${shopUrl}kasse/danke`);
  await think();
  await page.getByTestId('order-status-link').click();
  await page.waitForURL(`${shopUrl}bestellungen/2051`);
  await think();
}
