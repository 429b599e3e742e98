import { describe, expect, it } from 'vitest';
import { findPrices, parsePrice } from './price-text';

describe('parsePrice', () => {
  it.each([
    ['€ 1.234,56', 1234.56, 'EUR'],
    ['1.234,56 €', 1234.56, 'EUR'],
    ['1,234.56 EUR', 1234.56, 'EUR'],
    ['$12.99', 12.99, 'USD'],
    ['£1,299.00', 1299, 'GBP'],
    ['CHF 49.–', 49, 'CHF'],
    ["CHF 1'234.50", 1234.5, 'CHF'],
    ['EUR 0,00', 0, 'EUR'],
    ['1\u202f234,56\u00a0€', 1234.56, 'EUR'],
    ['1 234,56 €', 1234.56, 'EUR'],
    ['-5,00 €', -5, 'EUR'],
    ['− 5,00 €', -5, 'EUR'],
    ['€ -5,00', -5, 'EUR'],
    ['1.234.567,89 €', 1234567.89, 'EUR'],
    ['1.234 €', 1234, 'EUR'],
    ['12€99', 12.99, 'EUR'],
    ['12,99 Euro', 12.99, 'EUR'],
  ])('reads %j as %d %s', (text, amount, currency) => {
    expect(parsePrice(text)).toEqual({ amount, currency });
  });

  it('reads a price without a currency when it has cents or a dash for none', () => {
    expect(parsePrice('12,-')).toEqual({ amount: 12 });
    expect(parsePrice('19.90')).toEqual({ amount: 19.9 });
  });

  it('finds no price in counts, sizes, dates, percentages and phone numbers', () => {
    for (const text of ['2 Artikel', 'Größe 38', 'EU 42,5', '01.01.2024', '-20 %', '0800 123 45 67', 'Art.-Nr. 12345'])
      expect(parsePrice(text), text).toBeUndefined();
  });

  it('tells shared symbols apart by the page language where it can', () => {
    expect(parsePrice('$ 20.00', 'en-CA')).toEqual({ amount: 20, currency: 'CAD' });
    expect(parsePrice('199 kr', 'sv-SE')).toEqual({ amount: 199, currency: 'SEK' });
    expect(parsePrice('199 kr', 'de')).toEqual({ amount: 199 });
  });
});

describe('findPrices', () => {
  it('finds every price in a line, in order, with where it is', () => {
    expect(findPrices('Versand 4,95 € – 0,00 €')).toEqual([
      { amount: 4.95, currency: 'EUR', index: 8, length: 6 },
      { amount: 0, currency: 'EUR', index: 17, length: 6 },
    ]);
  });

  it('keeps two prices glued together by the page apart', () => {
    expect(findPrices('12,99 €12,99 €').map((p) => p.amount)).toEqual([12.99, 12.99]);
  });
});
