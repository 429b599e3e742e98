/** An amount read from page text. */
export interface ParsedPrice {
  /** Major units (euros, not cents), rounded to 2 decimals; negative when the text says so ("-5,00 €"). */
  amount: number;
  /** ISO 4217, when the text names or symbolizes a currency that can be told apart. */
  currency?: string;
}

export interface PriceMatch extends ParsedPrice {
  /** Where the match starts in the text, and how long it is. */
  index: number;
  length: number;
}

const SYMBOLS: Record<string, string> = {
  '€': 'EUR',
  Euro: 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₺': 'TRY',
  '₽': 'RUB',
  '₴': 'UAH',
  '₪': 'ILS',
  zł: 'PLN',
  Kč: 'CZK',
  Ft: 'HUF',
  'Fr.': 'CHF',
  'SFr.': 'CHF',
  R$: 'BRL',
  US$: 'USD',
  CA$: 'CAD',
  C$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  NZ$: 'NZD',
  HK$: 'HKD',
  S$: 'SGD',
  MX$: 'MXN',
};
const CODES =
  'EUR USD GBP CHF JPY CAD AUD NZD SEK DKK NOK ISK PLN CZK HUF RON BGN TRY INR BRL CNY HKD SGD MXN ZAR'.concat(
    ' RUB UAH ILS AED',
  );
/** "$" and "kr" are shared by several currencies; the page's language (`<html lang>`) says whose. */
const DOLLAR_BY_REGION: Record<string, string> = { CA: 'CAD', AU: 'AUD', NZ: 'NZD', MX: 'MXN', SG: 'SGD', HK: 'HKD' };
const KRONA_BY_LANGUAGE: Record<string, string> = { sv: 'SEK', da: 'DKK', nb: 'NOK', nn: 'NOK', no: 'NOK', is: 'ISK' };

const escape = (s: string) => s.replace(/[.$]/g, '\\$&');
const CURRENCY = [...Object.keys(SYMBOLS), ...CODES.split(' '), '$', 'kr.', 'kr']
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
// Grouped thousands ("1.234,56", "1,234.56", "1 234,56", "1'234.50") or plain digits, then cents or a dash for
// none ("12,-", "49.–"). Spaces here are every kind: the text is normalized first.
// Not followed by more digit groups: "01.01.2024" is a date, not 1.01.
const NUMBER = String.raw`(?:\d{1,3}(?:[.,' ’]\d{3})+(?:[.,](?:\d{1,2}|[-–—]{1,2}))?|\d+(?:[.,](?:\d{1,3}|[-–—]{1,2}))?)(?!\d)(?![.,]\d)`;
const TOKEN = new RegExp(
  String.raw`(?<![\p{L}\d.,])(?<sign>[-−]\s?|–(?=\S))?(?:(?<pre>${CURRENCY})(?!\p{L})\s?(?<sign2>[-−]\s?)?)?(?<num>${NUMBER})(?:\s?(?<post>${CURRENCY})(?!\p{L}))?(?<cents>(?<=(?:^|[^\d.,])\d+[€$£])\d{2}(?!\d))?`,
  'gu',
);

function currencyOf(symbol: string | undefined, localeHint: string | undefined): string | undefined {
  if (!symbol) return undefined;
  const [language = '', region = ''] = (localeHint ?? '').split(/[-_]/);
  if (symbol === '$') return DOLLAR_BY_REGION[region.toUpperCase()] ?? 'USD';
  if (symbol.startsWith('kr')) return KRONA_BY_LANGUAGE[language.toLowerCase()];
  return SYMBOLS[symbol] ?? (CODES.includes(symbol) ? symbol : undefined);
}

/**
 * The value of a number as shops write it. With both "." and ",", the last is the decimal mark. With one kind
 * used once, it is a decimal mark unless exactly three digits follow ("1.234" is 1234 in German shops, and no
 * shop prices to a tenth of a cent), except after a lone 0 ("0,125").
 */
function numberValue(written: string): number {
  let s = written.replace(/[' ’]/g, '');
  s = s.replace(/[.,][-–—]+$/, '');
  const mark = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  if (mark < 0) return Number(s);
  const separators = s.match(/[.,]/g)!;
  const onlyOneKind = separators.every((c) => c === separators[0]);
  const fraction = s.slice(mark + 1);
  const whole = s.slice(0, mark).replace(/[.,]/g, '');
  const grouping = onlyOneKind && (separators.length > 1 || (fraction.length === 3 && whole !== '0'));
  return grouping ? Number(s.replace(/[.,]/g, '')) : Number(`${whole}.${fraction}`);
}

/**
 * Every price in a text, in order: a number next to a currency, or with cents or a dash for none ("12,-");
 * bare whole numbers ("2 Artikel", "Größe 38") are not prices. A minus, with or without a space, makes it negative
 * (so "Jacke - 12,99 €" reads as -12.99: callers that know a line cannot be negative take its absolute value); an
 * en dash only when it touches the number ("–5 €"), since "4,95 € – 0,00 €" uses it between prices.
 * `localeHint` is the page's language tag.
 */
export function findPrices(text: string, localeHint?: string): PriceMatch[] {
  const normal = text.replace(/[\u00a0\u202f\u2009\u2007]/g, ' ');
  const found: PriceMatch[] = [];
  for (const match of normal.matchAll(TOKEN)) {
    const { sign, sign2, pre, post, num = '', cents } = match.groups ?? {};
    const symbol = pre ?? post;
    // Without a currency only cents make a price: "42,5" is a shoe size, "12,99" and "12,-" are prices.
    const hasCents = /[.,](\d{2}|[-–—]+)$/.test(num);
    if (!symbol && !hasCents) continue;
    let amount = numberValue(num) + (cents ? Number(cents) / 100 : 0);
    if (!Number.isFinite(amount)) continue;
    if (sign || sign2) amount = -amount;
    const currency = currencyOf(symbol, localeHint);
    const price: PriceMatch = {
      amount: Math.round(amount * 100) / 100 || 0,
      index: match.index,
      length: match[0].length,
    };
    if (currency) price.currency = currency;
    found.push(price);
  }
  return found;
}

/** The first price in a text ("€ 1.234,56", "1,234.56 EUR", "CHF 49.–", "-5,00 €"), or undefined if none. */
export function parsePrice(text: string, localeHint?: string): ParsedPrice | undefined {
  const first = findPrices(text, localeHint)[0];
  if (!first) return undefined;
  const { index: _index, length: _length, ...price } = first;
  return price;
}
