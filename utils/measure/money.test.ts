// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { moneySchema } from '../model/money';
import { readMoney } from './money';
import { fakeLayout } from './test-layout';

function money() {
  return moneySchema.parse(readMoney(document, fakeLayout(document)));
}

const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

beforeEach(() => {
  document.documentElement.lang = 'de';
  document.body.innerHTML = '';
});

describe('readMoney', () => {
  it('reads a German cart summary: subtotal, free shipping, a surcharge, a voucher, total, VAT and an unknown row', () => {
    document.body.innerHTML = `<h1>Warenkorb</h1>
      <table><tr><td><img src="/j.jpg" alt=""><a href="/p/1">Regenjacke</a></td><td>2</td><td>1.299,00 €</td></tr></table>
      <div class="summary">
        <div class="row"><span>Zwischensumme</span><span>2.598,00 €</span></div>
        <div class="row"><span>Versandkosten</span><span>kostenlos</span></div>
        <div class="row"><span>Nachnahmegebühr</span><span>4,00 €</span></div>
        <div class="row"><span>Gutschein SOMMER10</span><span>-10,00 €</span></div>
        <div class="row"><span>Klimabeitrag</span><span>1,00 €</span></div>
        <div class="row"><span>Gesamtsumme (inkl. MwSt.)</span><span>2.593,00 €</span></div>
        <div class="row"><span>enthaltene MwSt. 19 %</span><span>414,01 €</span></div>
      </div>`;
    expect(money()).toEqual({
      currency: 'EUR',
      subtotal: 2598,
      shipping: 0,
      fees: 4,
      discount: -10,
      total: 2593,
      tax: 414.01,
      source: 'text',
      lines: [
        {
          kind: 'subtotal',
          label: 'Zwischensumme',
          amount: 2598,
          selector: 'div.summary > div.row:nth-of-type(1) > span:nth-of-type(2)',
        },
        { kind: 'shipping', label: 'Versandkosten', amount: 0, selector: expect.any(String) },
        { kind: 'fee', label: 'Nachnahmegebühr', amount: 4, selector: expect.any(String) },
        { kind: 'discount', label: 'Gutschein SOMMER10', amount: -10, selector: expect.any(String) },
        { kind: 'total', label: 'Gesamtsumme (inkl. MwSt.)', amount: 2593, selector: expect.any(String) },
        { kind: 'tax', label: 'enthaltene MwSt. 19 %', amount: 414.01, selector: expect.any(String) },
        { kind: 'other', label: 'Klimabeitrag', amount: 1, selector: 'div.summary > div.row:nth-of-type(5)' },
      ],
    });
  });

  it('reads an English checkout laid out as a definition list, with thousands separated by commas', () => {
    document.documentElement.lang = 'en-US';
    document.body.innerHTML = `<aside><h2>Order summary</h2><dl>
      <dt>Subtotal</dt><dd>$1,234.50</dd><dt>Shipping</dt><dd>$9.99</dd><dt>Service fee</dt><dd>$2.00</dd>
      <dt>Tax</dt><dd>$99.56</dd><dt>Order total</dt><dd>$1,346.05</dd></dl></aside>`;
    expect(money()).toMatchObject({
      currency: 'USD',
      subtotal: 1234.5,
      shipping: 9.99,
      fees: 2,
      tax: 99.56,
      total: 1346.05,
      source: 'text',
    });
  });

  it('prefers the JSON-LD price in an @graph to a larger crossed-out old price', () => {
    document.body.innerHTML = `${jsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Regenjacke Aurora' },
        {
          '@type': 'Product',
          name: 'Regenjacke Aurora',
          offers: { '@type': 'Offer', price: '79.00', priceCurrency: 'EUR' },
        },
      ],
    })}<h1>Regenjacke Aurora</h1><div class="buy"><del style="font-size:30px">99,99 €</del>
      <span style="font-size:20px">79,00 €</span><button>In den Warenkorb</button></div>`;
    expect(money()).toEqual({
      currency: 'EUR',
      productPrice: 79,
      source: 'structured',
      lines: [{ kind: 'product', label: 'Regenjacke Aurora', amount: 79, selector: 'script' }],
    });
  });

  it('reads an AggregateOffer by its lowest price, and microdata when there is no JSON-LD', () => {
    document.body.innerHTML = jsonLd({
      '@type': 'Product',
      name: 'Set',
      offers: { '@type': 'AggregateOffer', lowPrice: 19.5, highPrice: 29, priceCurrency: 'CHF' },
    });
    expect(money()).toMatchObject({ productPrice: 19.5, currency: 'CHF' });
    document.body.innerHTML = `<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Schal</h1>
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="priceCurrency" content="EUR">
      <span itemprop="price" content="24.90">24,90 €</span></div></div>`;
    expect(money()).toMatchObject({ productPrice: 24.9, currency: 'EUR', source: 'structured' });
  });

  it('takes no product price from a listing that describes many products', () => {
    document.body.innerHTML = jsonLd({
      '@type': 'ItemList',
      itemListElement: [1, 2, 3].map((i) => ({
        '@type': 'ListItem',
        item: { '@type': 'Product', name: `P${i}`, offers: { '@type': 'Offer', price: i * 10, priceCurrency: 'EUR' } },
      })),
    });
    expect(money()).toEqual({ lines: [], source: 'none' });
  });

  it('finds the product price in the buy box without structured data, skipping old, list, unit and promo prices', () => {
    document.body.innerHTML = `<nav><a href="/sale">Sale bis -50 %</a></nav>
      <h1>Regenjacke</h1><div class="buy"><s style="font-size:30px">99,99 €</s>
      <span>UVP</span> <span style="font-size:16px">119,00 €</span>
      <span class="price" style="font-size:24px">79,00 €</span>
      <span style="font-size:12px">12,50 € / 1 l</span>
      <p>Gratis Versand ab 50 €</p><p>inkl. MwSt., zzgl. Versandkosten</p>
      <button>In den Warenkorb</button></div>
      <section><h2>Das könnte Ihnen gefallen</h2><span style="font-size:40px">9,99 €</span></section>`;
    expect(money()).toEqual({
      currency: 'EUR',
      productPrice: 79,
      source: 'text',
      lines: [{ kind: 'product', label: 'Regenjacke', amount: 79, selector: 'div.buy > span.price:nth-of-type(3)' }],
    });
  });

  it('counts only rendered amounts: a hidden mini-cart total is not the total', () => {
    document.body.innerHTML = `<div class="mini-cart" style="display:none"><p>Gesamt <b>50,00 €</b></p></div>
      <table><tr><th>Summe</th><td><del>70,00 €</del> 60,00 €</td></tr></table>`;
    expect(money()).toMatchObject({ total: 60, lines: [{ kind: 'total', amount: 60 }] });
  });

  it('reads the surcharge on a line of its own text and keeps going when JSON-LD is broken', () => {
    document.body.innerHTML = `<script type="application/ld+json">{"@type": "Product", </script>
      <ul class="totals"><li>Zwischensumme: 20,00 €</li><li>Nachnahmegebühr 4,00 €</li><li>Versand: kostenlos</li>
      <li>Gesamt: 24,00 €</li></ul>`;
    expect(money()).toMatchObject({ subtotal: 20, fees: 4, shipping: 0, total: 24, source: 'text' });
  });

  it('reads the total of an order confirmation named by a German compound ("Bestellsumme"), and "Warensumme" as subtotal', () => {
    document.body.innerHTML = `<main><h1>Vielen Dank für Ihre Bestellung</h1>
      <p>Ihre Bestellnummer: <strong>NL-100245</strong></p>
      <p>Warensumme: <strong>89,90 €</strong></p>
      <p>Bestellsumme: <strong>97,35 €</strong></p></main>`;
    expect(money()).toMatchObject({ currency: 'EUR', subtotal: 89.9, total: 97.35, source: 'text' });
  });

  it('returns empty money for a page without prices', () => {
    document.body.innerHTML = `<h1>Über uns</h1><p>Seit 1998 in Hamburg. Versand in 2 Tagen, Rückgabe in 30 Tagen.</p>
      <input type="text" value="12,99 €">`;
    expect(money()).toEqual({ lines: [], source: 'none' });
  });
});

describe('readMoney on a cart table', () => {
  it('takes a column heading for no line, and the last total of a summary as the one to pay', () => {
    document.body.innerHTML = `<table><thead><tr><th>Artikel</th><th>Menge</th><th>Summe</th></tr></thead>
      <tbody><tr><td><a href="/p/1">Regenjacke</a></td><td>1</td><td>89,00 €</td></tr></tbody></table>
      <table class="totals"><tr><th>Summe</th><td>89,00 €</td></tr><tr><th>Versand</th><td>4,95 €</td></tr>
      <tr><th>Gesamtbetrag</th><td>93,95 €</td></tr></table>`;
    expect(money()).toMatchObject({ total: 93.95, shipping: 4.95, source: 'text' });
    expect(money().lines.map((l) => [l.kind, l.amount])).toEqual([
      ['total', 89],
      ['shipping', 4.95],
      ['total', 93.95],
    ]);
  });
});

describe('readMoney on a large listing', () => {
  it('takes no product price from a category page with a cart button per product, reading few styles', () => {
    const card = (i: number) =>
      `<li><a href="/p/${i}">Jacke ${i}</a><span>${i},99 €</span><button>In den Warenkorb</button></li>`;
    document.body.innerHTML = `<h1>Jacken</h1><ul>${Array.from({ length: 1_000 }, (_, i) => card(i)).join('')}</ul>`;
    const layout = fakeLayout(document);
    let reads = 0;
    const found = readMoney(document, { ...layout, style: (e) => (reads++, layout.style(e)) });
    expect(found).toEqual({ lines: [], source: 'none' });
    expect(reads).toBeLessThan(200);
  });
});
