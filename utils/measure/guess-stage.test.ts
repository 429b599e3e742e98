import { describe, expect, it } from 'vitest';
import type { Stage, StageSignals } from '../model/stage';
import { guessStage, guessStageFromUrl } from './guess-stage';

const none: StageSignals = {
  structuredTypes: [],
  passwordField: false,
  guestOption: false,
  addressFields: 0,
  paymentFields: false,
  paymentChoice: false,
  shippingChoice: false,
  addToCartButtons: 0,
  placeOrderButton: false,
  cartHeading: false,
  orderThanks: false,
  orderNumber: false,
  searchResults: false,
};
const with_ = (s: Partial<StageSignals>): StageSignals => ({ ...none, ...s });

const S = 'https://shop.example';

describe('guessStage from the URL', () => {
  const cases: [string, Stage][] = [
    // home and entry
    [`${S}/`, 'entry'],
    [`${S}/de/`, 'entry'],
    [`${S}/en-gb/index.html`, 'entry'],
    [`${S}/startseite`, 'entry'],
    // search and browse
    [`${S}/search?q=rain+jacket`, 'browse'],
    [`${S}/suche?suchbegriff=jacke`, 'browse'],
    [`${S}/?s=jacket`, 'browse'],
    [`${S}/suche/warenkorb-halter`, 'browse'],
    [`${S}/category/men/cart-bags`, 'browse'],
    [`${S}/c/damen/jacken`, 'browse'],
    [`${S}/kategorie/regenjacken`, 'browse'],
    [`${S}/collections/rain-gear`, 'browse'],
    [`${S}/index.php?route=product/category&path=20`, 'browse'],
    // product
    [`${S}/product/cart-bag`, 'product'],
    [`${S}/p/warenkorb-organizer/12345`, 'product'],
    [`${S}/produkt/regenjacke-m`, 'product'],
    [`${S}/artikel/4711`, 'product'],
    [`${S}/collections/rain-gear/products/checkout-jacket`, 'product'],
    [`${S}/catalog/product/view/id/5`, 'product'],
    [`${S}/review/product/list/id/5`, 'product'],
    [`${S}/product/rain-jacket#reviews`, 'product'],
    // cart
    [`${S}/cart`, 'cart'],
    [`${S}/basket.html`, 'cart'],
    [`${S}/de/warenkorb`, 'cart'],
    [`${S}/checkout/cart/`, 'cart'],
    [`${S}/shopping_cart.php`, 'cart'],
    [`${S}/index.php?cl=basket`, 'cart'],
    // checkout steps
    [`${S}/login`, 'checkout-account'],
    [`${S}/checkout/register`, 'checkout-account'],
    [`${S}/customer/account/login/`, 'checkout-account'],
    [`${S}/mein-konto/anmelden`, 'checkout-account'],
    [`${S}/konto/adresse`, 'checkout-account'],
    [`${S}/checkout/address`, 'checkout-address'],
    [`${S}/kasse/lieferadresse`, 'checkout-address'],
    [`${S}/checkouts/c/abc123?step=contact_information`, 'checkout-address'],
    [`${S}/checkout/shipping`, 'checkout-shipping'],
    [`${S}/kasse/versand`, 'checkout-shipping'],
    [`${S}/checkout_shipping.php`, 'checkout-shipping'],
    [`${S}/checkout/#shipping`, 'checkout-shipping'],
    [`${S}/checkout/payment`, 'checkout-payment'],
    [`${S}/bestellvorgang/zahlung`, 'checkout-payment'],
    [`${S}/checkout/#payment`, 'checkout-payment'],
    [`${S}/app#/checkout/payment`, 'checkout-payment'],
    [`${S}/#!/kasse/bezahlen`, 'checkout-payment'],
    [`${S}/checkout/confirm`, 'checkout-review'],
    [`${S}/kasse/uebersicht`, 'checkout-review'],
    [`${S}/checkout_confirmation.php`, 'checkout-review'],
    [`${S}/index.php?cl=order`, 'checkout-review'],
    // confirmation
    [`${S}/checkout/order-received/1234/?key=wc_order_abc`, 'confirmation'],
    [`${S}/checkout/onepage/success/`, 'confirmation'],
    [`${S}/checkout/finish`, 'confirmation'],
    [`${S}/kasse/danke`, 'confirmation'],
    [`${S}/checkouts/abc/thank_you`, 'confirmation'],
    [`${S}/thank-you`, 'confirmation'],
    [`${S}/index.php?route=checkout/success`, 'confirmation'],
    // service
    [`${S}/kontakt`, 'service'],
    [`${S}/help/faq`, 'service'],
    [`${S}/hilfe/versand`, 'service'],
    [`${S}/service/zahlungsarten`, 'service'],
    [`https://hilfe.shop.example/artikel-ohne-wort`, 'service'],
    // after-sales
    [`${S}/returns`, 'after-sales'],
    [`${S}/service/r%C3%BCcksendung`, 'after-sales'],
    [`${S}/sendungsverfolgung`, 'after-sales'],
    [`${S}/my-account/orders/`, 'after-sales'],
    [`${S}/account/order`, 'after-sales'],
    [`https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=123`, 'after-sales'],
    // payment providers, on their own sites
    [`https://www.paypal.com/checkoutnow?token=EC-123`, 'checkout-payment'],
    [`https://pay.klarna.com/eu/abc`, 'checkout-payment'],
    [`https://checkout.stripe.com/c/pay/cs_live_abc`, 'checkout-payment'],
    [`https://checkoutshopper-live.adyen.com/checkoutshopper/threeDS2.shtml`, 'checkout-payment'],
    [`https://www.mollie.com/checkout/select-method/abc`, 'checkout-payment'],
    // other
    [`${S}/blog/checkout-tips`, 'other'],
    [`${S}/impressum`, 'other'],
    [`${S}/newsletter/success`, 'other'],
    [`${S}/rain-jacket-blue-123.html`, 'other'],
  ];

  it.each(cases)('%s is %s', (url, stage) => {
    expect(guessStage({ url, title: '' })).toBe(stage);
  });

  it('has a table of at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });
});

describe('guessStage from the page when the URL says little', () => {
  const cases: [string, string, StageSignals, Stage][] = [
    [
      'a checkout with a password field and no guest option',
      `${S}/checkout`,
      with_({ passwordField: true }),
      'checkout-account',
    ],
    [
      'a checkout login with a guest option',
      `${S}/kasse`,
      with_({ passwordField: true, guestOption: true }),
      'checkout-account',
    ],
    [
      'a one-page checkout: address first',
      `${S}/checkout`,
      with_({ addressFields: 5, shippingChoice: true, paymentFields: true, placeOrderButton: true }),
      'checkout-address',
    ],
    [
      'a checkout with shipping radios',
      `${S}/checkout`,
      with_({ shippingChoice: true, paymentChoice: true }),
      'checkout-shipping',
    ],
    [
      'a checkout with card fields',
      `${S}/checkouts/cn/xyz`,
      with_({ paymentFields: true, placeOrderButton: true }),
      'checkout-payment',
    ],
    ['a checkout with only a place-order button', `${S}/order`, with_({ placeOrderButton: true }), 'checkout-review'],
    ['a checkout thanking for the order', `${S}/checkout`, with_({ orderThanks: true }), 'confirmation'],
    [
      'a slug URL with Product data',
      `${S}/regenjacke-blau-123.html`,
      with_({ structuredTypes: ['Product', 'FAQPage'] }),
      'product',
    ],
    ['a slug URL with og:type product', `${S}/rain-jacket`, with_({ ogType: 'product.item' }), 'product'],
    [
      'a slug URL with one add-to-cart button and a header login',
      `${S}/rain-jacket`,
      with_({ addToCartButtons: 1, passwordField: true }),
      'product',
    ],
    [
      'a slug URL with an add-to-cart button and its sticky copy for phones',
      `${S}/rain-jacket`,
      with_({ addToCartButtons: 2 }),
      'product',
    ],
    [
      'a slug URL with CollectionPage data and Product data for each product',
      `${S}/regenjacken`,
      with_({ structuredTypes: ['Product', 'CollectionPage'] }),
      'browse',
    ],
    [
      'a slug URL listing products with quick-add buttons',
      `${S}/regenjacken`,
      with_({ addToCartButtons: 24 }),
      'browse',
    ],
    ['a slug URL with ItemList data', `${S}/damen-jacken`, with_({ structuredTypes: ['ItemList'] }), 'browse'],
    ['a slug URL with a cart heading', `${S}/mein-einkauf`, with_({ cartHeading: true }), 'cart'],
    [
      'a slug URL with search results',
      `${S}/ergebnisse`,
      with_({ searchResults: true, structuredTypes: ['Product'] }),
      'browse',
    ],
    [
      'a slug URL with an order number and Order data',
      `${S}/bestellt`,
      with_({ orderNumber: true, structuredTypes: ['Order'] }),
      'confirmation',
    ],
    [
      'a slug URL with ContactPage data',
      `${S}/wir-sind-fuer-sie-da`,
      with_({ structuredTypes: ['ContactPage'] }),
      'service',
    ],
    ['a slug URL with an article', `${S}/so-finden-sie-die-richtige-groesse`, with_({ ogType: 'article' }), 'other'],
    [
      'the URL outranks the page: a product path with a cart heading',
      `${S}/product/cart`,
      with_({ cartHeading: true }),
      'product',
    ],
  ];

  it.each(cases)('%s', (_name, url, signals, stage) => {
    expect(guessStage({ url, title: '', signals })).toBe(stage);
  });
});

describe('guessStage from the title and the audit start', () => {
  it('reads the title of a page whose URL and content say nothing', () => {
    expect(guessStage({ url: `${S}/x1`, title: 'Warenkorb | Mein Shop' })).toBe('cart');
    expect(guessStage({ url: `${S}/x2`, title: 'Your Cart (3 items) – Shop' })).toBe('cart');
    expect(guessStage({ url: `${S}/x3`, title: 'Kasse - Mein Shop' })).toBe('checkout-address');
    expect(guessStage({ url: `${S}/x4`, title: 'Thank you for your order!' })).toBe('confirmation');
    expect(guessStage({ url: `${S}/x5`, title: 'Kontakt | Mein Shop' })).toBe('service');
    expect(guessStage({ url: `${S}/x6`, title: 'Cart Bag | Shop' })).toBe('other');
  });

  it('makes the audit start the entry only when nothing else speaks', () => {
    expect(guessStage({ url: `${S}/sommer-aktion`, title: 'Sommer', isStart: true })).toBe('entry');
    expect(guessStage({ url: `${S}/product/rain-jacket`, title: '', isStart: true })).toBe('product');
  });

  it('does not fail on an address that is not a URL', () => {
    expect(guessStage({ url: 'hotline call', title: '' })).toBe('other');
    expect(guessStage({ url: '', title: '', signals: with_({ cartHeading: true }) })).toBe('cart');
  });
});

describe('guessStageFromUrl', () => {
  it('guesses from the address alone', () => {
    expect(guessStageFromUrl('https://www.paypal.com/signin')).toBe('checkout-payment');
    expect(guessStageFromUrl(`${S}/checkout`)).toBe('checkout-address');
    expect(guessStageFromUrl(`${S}/de/warenkorb`)).toBe('cart');
  });
});
