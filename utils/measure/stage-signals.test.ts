// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { stageSignalsSchema } from '../model/stage';
import { isPaymentProviderHost, readStageSignals } from './stage-signals';

function read(body: string, head = '') {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  const signals = readStageSignals(document);
  expect(stageSignalsSchema.parse(signals)).toEqual(signals);
  return signals;
}

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readStageSignals', () => {
  it('reads a product page: JSON-LD in a graph, og:type and one add-to-cart button', () => {
    const signals = read(
      '<h1>Cart Bag</h1><form action="/cart/add"><button type="button">+</button><button>Add to bag</button></form>',
      jsonLd({
        '@context': 'https://schema.org',
        '@graph': [{ '@type': ['Product'] }, { '@type': 'BreadcrumbList' }],
      }) + '<meta property="og:type" content="product">',
    );
    expect(signals).toMatchObject({ structuredTypes: ['Product'], ogType: 'product', addToCartButtons: 1 });
    expect(signals.cartHeading).toBe(false);
  });

  it('reads microdata and survives a malformed JSON-LD block', () => {
    const signals = read(
      '<script type="application/ld+json">{ "@type": "Product", </script>' +
        '<div itemscope itemtype="http://schema.org/ItemList"></div><div itemtype="https://schema.org/FAQPage"></div>',
    );
    expect(signals.structuredTypes).toEqual(['ItemList', 'FAQPage']);
  });

  it('counts German add-to-cart buttons and WooCommerce add-to-cart links on a listing', () => {
    const signals = read(
      '<button>In den Warenkorb</button><input type="submit" value="In den Warenkorb legen">' +
        '<a href="/shop/?add-to-cart=12" class="button">Kaufen</a>',
    );
    expect(signals.addToCartButtons).toBe(3);
  });

  it('sees a cart in the main heading, counts and all, in both languages', () => {
    expect(read('<h1>Warenkorb (2 Artikel)</h1>').cartHeading).toBe(true);
    expect(read('<h1>Your shopping cart</h1>').cartHeading).toBe(true);
    expect(read('<h1>Ihr Warenkorb ist leer</h1>').cartHeading).toBe(true);
    expect(read('<h1>Cart Bag in Black</h1>').cartHeading).toBe(false);
  });

  it('reads a login step with a guest option, ignoring a hidden password field elsewhere', () => {
    const signals = read(
      '<form><input type="email" name="email"><input type="password" name="password"><button>Anmelden</button></form>' +
        '<h2>Neu hier?</h2><button>Als Gast bestellen</button>',
    );
    expect(signals).toMatchObject({ passwordField: true, guestOption: true, addressFields: 0 });
    const hidden = read('<div hidden><input type="password"></div><button>Log in</button>');
    expect(hidden).toMatchObject({ passwordField: false, guestOption: false });
  });

  it('counts address fields by autocomplete token or name, not the e-mail address', () => {
    const signals = read(
      '<input autocomplete="shipping street-address"><input name="billing[postcode]"><input name="billingCity">' +
        '<select name="country_id"></select><input type="email" name="email_address"><input name="firstname">',
    );
    expect(signals.addressFields).toBe(3);
  });

  it('sees shipping and payment method choices and card fields', () => {
    const signals = read(
      '<input type="radio" name="shipping_method[0]" value="flat_rate"><input type="radio" name="paymentMethodId">',
    );
    expect(signals).toMatchObject({ shippingChoice: true, paymentChoice: true, paymentFields: false });
    expect(read('<input autocomplete="cc-number">').paymentFields).toBe(true);
    expect(read('<input name="iban">').paymentFields).toBe(true);
    expect(read('<iframe src="https://js.stripe.com/v3/elements-inner-card.html"></iframe>').paymentFields).toBe(true);
    expect(read('<iframe src="https://www.paypal.com/smart/buttons"></iframe>').paymentFields).toBe(false);
  });

  it('finds the place-order button of a German review step', () => {
    expect(read('<button type="submit">Zahlungspflichtig bestellen</button>').placeOrderButton).toBe(true);
    expect(read('<button>Place order</button>').placeOrderButton).toBe(true);
    expect(read('<button>Weiter</button>').placeOrderButton).toBe(false);
  });

  it('reads thanks and an order number on a confirmation page', () => {
    const signals = read('<main><h1>Vielen Dank für Ihre Bestellung!</h1><p>Ihre Bestellnummer: 100234</p></main>');
    expect(signals).toMatchObject({ orderThanks: true, orderNumber: true });
    expect(read('<main><h1>Thank you for your order</h1><p>Order #A-10023</p></main>').orderNumber).toBe(true);
  });

  it('does not take a tracking form or a promise of an e-mail for a confirmation', () => {
    const signals = read(
      '<main><h1>Track your parcel</h1><label>Enter your order number</label><input name="order">' +
        '<p>You will receive an order confirmation by e-mail.</p></main>',
    );
    expect(signals).toMatchObject({ orderThanks: false, orderNumber: false });
  });

  it('sees search results in a heading or the title', () => {
    expect(read('<h1>Suchergebnisse für „Jacke“</h1>').searchResults).toBe(true);
    expect(read('<h2>24 results for "rain jacket"</h2>').searchResults).toBe(true);
    expect(read('<h1>Jackets</h1>', '<title>Search results | Shop</title>').searchResults).toBe(true);
  });

  it('never reads what the customer typed', () => {
    const signals = read(
      '<textarea name="street">Thank you for your order</textarea><input name="q" value="Order #12345">',
    );
    expect(signals).toMatchObject({ orderThanks: false, orderNumber: false });
  });

  // Bounded work, counted (the address fields stop at 500) rather than timed: timed tests flake on shared machines.
  it('stays bounded on a page with thousands of links and fields', { timeout: 30_000 }, () => {
    const many = Array.from({ length: 3_000 }, (_, k) => `<a href="/${k}">Link ${k}</a><input name="street${k}">`);
    const signals = read(many.join(''));
    expect(signals.addressFields).toBe(500);
  });
});

describe('isPaymentProviderHost', () => {
  it('knows payment providers and their subdomains, and nothing that merely ends alike', () => {
    expect(isPaymentProviderHost('www.paypal.com')).toBe(true);
    expect(isPaymentProviderHost('checkout.stripe.com')).toBe(true);
    expect(isPaymentProviderHost('checkoutshopper-live.adyen.com')).toBe(true);
    expect(isPaymentProviderHost('stripe.com')).toBe(false);
    expect(isPaymentProviderHost('notpaypal.com')).toBe(false);
  });
});
