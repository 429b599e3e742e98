import type { Money, MoneyLine, MoneyLineKind } from '../model/money';
import { MAX_MONEY_LINES } from '../model/limits';
import { elementLabel, elementSelector, MAX_LABEL } from './describe-element';
import type { Layout } from './layout';
import { createVisibility, type Visibility } from './overlays';
import { findPrices, parsePrice, type ParsedPrice } from './price-text';

const MAX_SCRIPTS = 20;
const MAX_JSON_CHARS = 500_000;
const MAX_JSON_NODES = 5_000;
const MAX_TEXT_NODES = 20_000;
const MAX_LABEL_HITS = 80;
const MAX_CONTROLS = 3_000;

/** A line found on the page, before it is stored: the currency and the row it came from are kept for a while. */
interface Found extends MoneyLine {
  currency?: string;
  row?: Element;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);
const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);
const round2 = (n: number) => Math.round(n * 100) / 100;
const clip = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL);

function hasType(node: Json, type: RegExp): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((t) => typeof t === 'string' && type.test(t.replace(/^https?:\/\/schema\.org\//, '')));
}

/** A structured-data price: a number, or a string that should be "1234.56" but is sometimes "1.234,56 €". */
function structuredAmount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? round2(value) : undefined;
  if (typeof value !== 'string') return undefined;
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(value)) return round2(Number(value));
  return (
    parsePrice(value)?.amount ??
    (/^\s*\d+([.,]\d+)?\s*$/.test(value) ? round2(Number(value.replace(',', '.'))) : undefined)
  );
}

/** The first offer with a price; an AggregateOffer by its lowest price, as shops show "from" prices. */
function offerPrice(offers: unknown): ParsedPrice | undefined {
  for (const offer of (Array.isArray(offers) ? offers : [offers]).slice(0, 50)) {
    if (!isObject(offer)) continue;
    const spec = first(offer.priceSpecification);
    const specPrice = isObject(spec) ? spec.price : undefined;
    const raw = hasType(offer, /^AggregateOffer$/) ? (offer.lowPrice ?? offer.price) : (offer.price ?? offer.lowPrice);
    const amount = structuredAmount(raw ?? specPrice);
    if (amount === undefined) continue;
    const currency = offer.priceCurrency ?? (isObject(spec) ? spec.priceCurrency : undefined);
    return typeof currency === 'string' && /^[A-Z]{3}$/.test(currency) ? { amount, currency } : { amount };
  }
  return undefined;
}

function productOffer(product: Json): ParsedPrice | undefined {
  const own = offerPrice(product.offers);
  if (own) return own;
  const variants = Array.isArray(product.hasVariant) ? product.hasVariant : [];
  return variants.filter(isObject).map((v) => offerPrice(v.offers))[0];
}

/** Product nodes anywhere in a JSON-LD value (@graph, mainEntity, ItemList...), not looking inside a product. */
function collectProducts(value: unknown, found: Json[], budget: { left: number }, depth = 0): void {
  if (depth > 8 || budget.left-- <= 0 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectProducts(item, found, budget, depth + 1);
    return;
  }
  const node = value as Json;
  if (hasType(node, /^(Product|ProductGroup|IndividualProduct)$/)) found.push(node);
  else for (const child of Object.values(node)) collectProducts(child, found, budget, depth + 1);
}

interface StructuredPrice extends ParsedPrice {
  name: string;
  element: Element;
}

/**
 * The product price from JSON-LD, only when the page describes one product: a category page lists many, and
 * which of them would be "the" price? Duplicate descriptions of the same product (two scripts) count once.
 */
function jsonLdPrice(doc: Document): StructuredPrice | undefined {
  const priced = new Map<string, StructuredPrice>();
  const budget = { left: MAX_JSON_NODES };
  for (const script of [...doc.querySelectorAll('script[type="application/ld+json" i]')].slice(0, MAX_SCRIPTS)) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_CHARS) continue;
    const products: Json[] = [];
    try {
      collectProducts(JSON.parse(text), products, budget);
    } catch {
      continue; // Broken JSON-LD is the shop's error and common; the visible text is read below anyway.
    }
    for (const product of products) {
      const price = productOffer(product);
      const name = typeof product.name === 'string' ? clip(product.name) : '';
      if (price) priced.set(`${name}|${price.amount}`, { ...price, name, element: script });
    }
  }
  return priced.size === 1 ? [...priced.values()][0] : undefined;
}

/** The product price from microdata (itemprop=price, its content attribute or its text), for one product. */
function microdataPrice(doc: Document, hint: string): StructuredPrice | undefined {
  const scopes = doc.querySelectorAll('[itemscope][itemtype*="schema.org/Product" i]');
  if (scopes.length !== 1) return undefined;
  const scope = scopes[0]!;
  const element = scope.querySelector('[itemprop~="price"], [itemprop~="lowPrice"]');
  if (!element) return undefined;
  const raw = element.getAttribute('content') ?? element.textContent ?? '';
  const amount = structuredAmount(raw);
  if (amount === undefined) return undefined;
  const currencyElement = scope.querySelector('[itemprop~="priceCurrency"]');
  const code = (currencyElement?.getAttribute('content') ?? currencyElement?.textContent ?? '').trim();
  const currency = /^[A-Z]{3}$/.test(code) ? code : parsePrice(raw, hint)?.currency;
  const nameElement = scope.querySelector('[itemprop~="name"]');
  const name = clip(nameElement?.getAttribute('content') ?? nameElement?.textContent ?? '');
  return currency ? { amount, currency, name, element } : { amount, name, element };
}

// Summary-line words in English, German, French, Dutch and Spanish. Order matters: the first kind whose words a
// label has wins ("Versandkosten inkl. MwSt." is shipping, "Gesamt inkl. MwSt." a total, "Sub-total" no total).
const LINE_WORDS: [MoneyLineKind, RegExp][] = [
  [
    'discount',
    /\b(discount|rabatt\w*|gutschein\w*|coupon|voucher|promo(tion)?( ?code)?|ersparnis|you save|sie sparen|nachlass|remise|réduction|korting|descuento)\b/i,
  ],
  [
    'shipping',
    /\b(shipping|delivery|postage|versand\w*|lieferung|liefer(kosten|gebühr)|porto|livraison|frais de port|verzend\w*|bezorg\w*|envío|gastos de envío)\b/i,
  ],
  [
    'fee',
    /gebühr|\bfees?\b|surcharge|zuschlag|aufschlag|nachnahme|\bhandling\b|bearbeitung|\bfrais\b|toeslag|recargo|comisión|service charge/i,
  ],
  ['subtotal', /\b(sub-?total|zwischensumme|warenwert|warenkorbwert|artikelsumme|warensumme|sous-total|subtotaal)\b/i],
  // German compounds name the total of an order after what it sums ("Bestellsumme", "Rechnungsbetrag"), and are one
  // word: `summe` alone does not match inside them.
  [
    'total',
    /\b(total|gesamt\w*|summe|endsumme|bestellsumme|bestellwert|rechnungs(summe|betrag)|endbetrag|endpreis|zu zahlen|totaal|te betalen|montant total|amount due)\b/i,
  ],
  ['tax', /\b(vat|tax|mwst|ust|mehrwertsteuer|umsatzsteuer|tva|btw|iva)\b/i],
];
/** Notes beside a price, not lines of their own: "zzgl. Versandkosten", "inkl. Versand". */
const NOTE = /^(zzgl|zuzügl\w*|plus|excl|exkl|hors|inkl|incl|inklusive|including)\b/i;
const FREE = /kostenlos|gratis|\bfree\b|versandkostenfrei|\bfrei\b|gratuit|offert|gratuito/i;
/** "Gratis Versand ab 50 €": a threshold, not an amount charged. */
const THRESHOLD =
  /(\bab|\bfrom|\büber|\bover|\bbis|à partir de|\bvanaf|\bdesde|\bunder|\bunter|mehr als|more than)\s*$/i;
const NOT_TEXT = 'script, style, noscript, template, del, s, strike';
const MAX_SEGMENTS_AFTER_LABEL = 3;

function kindOf(label: string): MoneyLineKind | undefined {
  return LINE_WORDS.find(([, words]) => words.test(label))?.[0];
}

function usablePrice(text: string, hint: string): (ParsedPrice & { index: number }) | undefined {
  return findPrices(text, hint).find((p) => !THRESHOLD.test(text.slice(0, p.index)));
}

interface Segment {
  text: string;
  element: Element;
}

/** Rendered text after `start` inside `container`, struck-through text left out: the cells after a label. */
function segmentsAfter(container: Element, start: Node, visibility: Visibility, limit = MAX_SEGMENTS_AFTER_LABEL) {
  const walker = container.ownerDocument.createTreeWalker(container, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = start;
  const segments: Segment[] = [];
  for (let node = walker.nextNode(); node && segments.length < limit; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    const element = node.parentElement;
    if (!text || !element || element.closest(NOT_TEXT) || !visibility.shown(element)) continue;
    segments.push({ text, element });
  }
  return segments;
}

interface LabelHit {
  node: Text;
  kind: MoneyLineKind;
}

/** Short texts with a summary-line word, outside links (product names like "Versandtasche") and notes. */
function labelHits(doc: Document): LabelHit[] {
  const hits: LabelHit[] = [];
  if (!doc.body) return hits;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = 0, node = walker.nextNode(); node && n < MAX_TEXT_NODES; n++, node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    if (text.length < 3 || text.length > 60) continue;
    const kind = kindOf(text);
    // Links are product names ("Versandtasche"); a table head labels columns, not a line.
    if (!kind || node.parentElement?.closest(`${NOT_TEXT}, a[href], thead`)) continue;
    if (NOTE.test(text) && kind !== 'tax' && !findPrices(text).length) continue;
    hits.push({ node: node as Text, kind });
    if (hits.length >= MAX_LABEL_HITS) break;
  }
  return hits;
}

interface LineAmount {
  price: ParsedPrice;
  element: Element;
  row: Element;
}

const FREE_OF_CHARGE: ParsedPrice = { amount: 0 };

/** The amount on a label's line: in the label's own text, or in the next few cells of its row (up to 4 levels
 * up), stopping at the next line's label or at prose. "Kostenlos" on a shipping line is 0. */
function lineAmount(hit: LabelHit, visibility: Visibility, hint: string): LineAmount | undefined {
  const parent = hit.node.parentElement;
  if (!parent || !visibility.shown(parent)) return undefined;
  const own = hit.node.nodeValue ?? '';
  if (findPrices(own, hint).length) {
    // The amount is in the label's text, unless that only has a threshold ("Gratis Versand ab 50 €").
    const price = usablePrice(own, hint);
    return price ? { price, element: parent, row: parent } : undefined;
  }
  // "Versand: kostenlos" is a line; "Kostenloser Versand" on its own is a promise in a banner.
  if (hit.kind === 'shipping' && FREE.test(own.split(':')[1] ?? ''))
    return { price: FREE_OF_CHARGE, element: parent, row: parent };
  let row: Element | null = parent;
  for (let level = 0; level < 4; level++) {
    row = row.parentElement;
    if (!row || row === parent.ownerDocument.body) return undefined;
    for (const segment of segmentsAfter(row, hit.node, visibility)) {
      const found = usablePrice(segment.text, hint);
      if (found) return { price: found, element: segment.element, row };
      if (hit.kind === 'shipping' && FREE.test(segment.text))
        return { price: FREE_OF_CHARGE, element: segment.element, row };
      // The next line's label, prose, or a link (an item's name: the label was a column's heading) ends the line.
      if (kindOf(segment.text) || segment.text.length > 25 || segment.element.closest('a[href]')) break;
    }
  }
  return undefined;
}

/** Discounts are stored as reductions (negative), charges as positive amounts whatever dash the page drew. */
function signed(kind: MoneyLineKind, amount: number): number {
  if (kind === 'discount') return -Math.abs(amount);
  return kind === 'other' ? amount : Math.abs(amount);
}

function summaryLines(doc: Document, visibility: Visibility, hint: string): Found[] {
  const lines: Found[] = [];
  for (const hit of labelHits(doc)) {
    const found = lineAmount(hit, visibility, hint);
    if (!found) continue;
    const line: Found = {
      kind: hit.kind,
      label: clip(hit.node.nodeValue ?? ''),
      amount: signed(hit.kind, found.price.amount),
      selector: elementSelector(found.element),
      row: found.row,
    };
    if (found.price.currency) line.currency = found.price.currency;
    lines.push(line);
  }
  return [...lines, ...otherRows(lines, visibility, hint)];
}

/**
 * Rows of an order summary whose label names no known kind ("Klimabeitrag 1,00 €", "Versicherung 3,90 €"): a
 * summary is a parent of two or more found rows. Rows with images, links or controls are items or forms.
 */
function otherRows(lines: Found[], visibility: Visibility, hint: string): Found[] {
  const rows = new Set(lines.map((l) => l.row).filter((r): r is Element => !!r));
  const byParent = new Map<Element, number>();
  for (const row of rows)
    if (row.parentElement) byParent.set(row.parentElement, (byParent.get(row.parentElement) ?? 0) + 1);
  const others: Found[] = [];
  for (const [summary, count] of byParent) {
    if (count < 2) continue;
    for (const child of [...summary.children].slice(0, 30)) {
      if (rows.has(child) || !visibility.shown(child) || child.querySelector('img, input, select, button, a[href]'))
        continue;
      const text = segmentsAfter(child, child, visibility, 6)
        .map((s) => s.text)
        .join(' ');
      const price = usablePrice(text, hint);
      const label = price ? text.slice(0, price.index).trim() : '';
      if (!price || !/\p{L}{2}/u.test(label) || label.length > 60) continue;
      const kind = kindOf(label) ?? 'other';
      const line: Found = {
        kind,
        label: clip(label),
        amount: signed(kind, price.amount),
        selector: elementSelector(child),
      };
      if (price.currency) line.currency = price.currency;
      others.push(line);
    }
  }
  return others;
}

// "Add to cart" in English, German, French, Dutch and Spanish: where a product page's own price is.
const ADD_TO_CART =
  /add to (cart|bag|basket)|in den (warenkorb|einkaufswagen)|zum warenkorb|warenkorb hinzufügen|in die einkaufstasche|ajouter au panier|in (de )?winkelwagen|toevoegen aan|añadir al carrito|agregar al carrito|buy now|jetzt kaufen/i;
/** Prices that are not what the product costs now: former, list, unit, instalment and shipping prices. */
// Class names, not bare words: "old" alone would match "bold", "gold" and "placeholder".
const NOT_PRODUCT_PRICE = [
  'old-price',
  'price-old',
  'oldprice',
  'price--old',
  'old_price',
  'was-price',
  'price-was',
  'compare-at',
  'strike',
  'crossed',
  'uvp',
  'rrp',
  'msrp',
  'list-price',
  'original-price',
  'saving',
  'unit-price',
  'base-price',
  'grundpreis',
  'installment',
]
  .map((word) => `[class*="${word}" i]`)
  .join(',');
const NOT_PRODUCT_WORDS =
  /\b(uvp|statt|vorher|bisher|war|was|rrp|msrp|list price|regular price|originalpreis|you save|sie sparen|ersparnis|save|spare|grundpreis|unit price|versand|shipping|lieferung|delivery|rate)\b/i;
const PER_UNIT_AFTER = /^\s*(\/|pro\b|per\b|je\b|mtl|monatlich|a month|im monat)/i;

/** Rendered add-to-cart controls, in page order (at most 20: a listing has one per product). */
function addToCartControls(doc: Document, visibility: Visibility): Element[] {
  const found: Element[] = [];
  const controls = doc.querySelectorAll('button, [role="button"], input[type="submit" i], input[type="button" i], a');
  for (let i = 0; i < controls.length && i < MAX_CONTROLS && found.length < 20; i++) {
    const control = controls[i]!;
    // A submit button's value attribute is the shop's own caption, not something the customer typed.
    const label = control.localName === 'input' ? (control.getAttribute('value') ?? '') : elementLabel(control);
    if (ADD_TO_CART.test(label) && visibility.shown(control)) found.push(control);
  }
  return found;
}

/**
 * The product's buy box: the nearest ancestor (up to 6 levels, not the whole page) of an add-to-cart control that
 * holds the heading, or without one the control's grandparent. A box with more than two such controls is a
 * listing (a category page, quick-add buttons), which has no single product price: undefined.
 */
function buyBox(carts: Element[], heading: Element | undefined): { box: Element; cart: Element } | undefined {
  for (const cart of heading ? carts : []) {
    let box = cart.parentElement;
    for (let i = 0; i < 6 && box && !box.contains(heading!) && !box.matches('body'); i++) box = box.parentElement;
    if (!box || box.matches('body, html') || !box.contains(heading!)) continue;
    return carts.filter((c) => box.contains(c)).length <= 2 ? { box, cart } : undefined;
  }
  const cart = carts[0];
  const near = cart?.parentElement;
  if (!cart || !near || carts.length > 2) return undefined;
  return { box: near.parentElement && !near.parentElement.matches('body, html') ? near.parentElement : near, cart };
}

const centre = (b: { x: number; y: number; width: number; height: number }) => [b.x + b.width / 2, b.y + b.height / 2];

interface Scored {
  line: Found;
  size: number;
  distance: number;
}

/**
 * The product page's price when it has no structured data: in the buy box around the add-to-cart control (no
 * such control, no product price: listing and cart pages have many prices and no single one), the price in the
 * largest type, the nearest to the control on a tie. Struck-through, former, unit and shipping prices are skipped.
 */
function productPriceFromText(doc: Document, layout: Layout, visibility: Visibility, hint: string) {
  const heading = [...doc.querySelectorAll('h1')].slice(0, 5).find((h) => visibility.shown(h));
  const { box, cart } = buyBox(addToCartControls(doc, visibility), heading) ?? {};
  if (!box || !cart) return undefined;
  const walker = doc.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
  const [cx = 0, cy = 0] = centre(layout.rect(cart));
  let best: Scored | undefined;
  let previous = '';
  for (let n = 0, node = walker.nextNode(); node && n < 3_000; n++, node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    const element = node.parentElement;
    if (!text || !element || element.closest(NOT_TEXT) || !visibility.shown(element)) continue;
    const context = previous.slice(-25);
    previous = text;
    if (element.closest(NOT_PRODUCT_PRICE)) continue;
    const price = findPrices(text, hint).find(
      (p) =>
        !NOT_PRODUCT_WORDS.test(`${context} ${text.slice(0, p.index)}`) &&
        !PER_UNIT_AFTER.test(text.slice(p.index + p.length)),
    );
    const style = layout.style(element);
    if (!price || /line-through/.test(`${style.textDecoration} ${style.textDecorationLine}`)) continue;
    const [x = 0, y = 0] = centre(layout.rect(element));
    const scored: Scored = {
      line: {
        kind: 'product',
        label: clip(heading ? elementLabel(heading) : text),
        amount: Math.abs(price.amount),
        selector: elementSelector(element),
      },
      size: parseFloat(style.fontSize) || 0,
      distance: Math.hypot(x - cx, y - cy),
    };
    if (price.currency) scored.line.currency = price.currency;
    if (!best || scored.size > best.size || (scored.size === best.size && scored.distance < best.distance))
      best = scored;
  }
  return best?.line;
}

function structuredLine(price: StructuredPrice): Found {
  const line: Found = {
    kind: 'product',
    label: price.name,
    amount: price.amount,
    selector: elementSelector(price.element),
  };
  if (price.currency) line.currency = price.currency;
  return line;
}

/** One line per kind and amount: the same summary is often drawn twice (a sidebar and a sticky bar). */
function distinct(lines: Found[]): Found[] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    const key = `${line.kind}|${line.amount}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}

/**
 * Prices and totals a page shows: the product price from structured data (JSON-LD Product/Offer/AggregateOffer,
 * @graph included, then microdata), else from the product page's buy box; and the labelled lines of an order
 * summary (subtotal, shipping, tax, fees, discounts, total; unknown rows of the same summary as `other`), from
 * rendered text only. The first line of each kind gives its field, the last for the total; discounts and fees
 * are summed. Form values are never read. Bounded: at most 20,000 text nodes are tested by their words, and only
 * the hits' rows are read.
 */
export function readMoney(doc: Document, layout: Layout): Money {
  const hint = doc.documentElement.lang;
  const visibility = createVisibility(layout, doc.defaultView?.scrollY ?? 0);
  const structured = jsonLdPrice(doc) ?? microdataPrice(doc, hint);
  const product = structured ? structuredLine(structured) : productPriceFromText(doc, layout, visibility, hint);
  const summary = summaryLines(doc, visibility, hint);
  const lines = distinct([...(product ? [product] : []), ...summary]).slice(0, MAX_MONEY_LINES);
  const money: Money = {
    lines: lines.map(({ currency: _currency, row: _row, ...line }) => line),
    source: structured ? (summary.length ? 'both' : 'structured') : lines.length ? 'text' : 'none',
  };
  const currency = structured?.currency ?? lines.find((l) => l.currency)?.currency;
  if (currency) money.currency = currency;
  const firstOf = (kind: MoneyLineKind) => lines.find((l) => l.kind === kind)?.amount;
  const sumOf = (kind: MoneyLineKind) =>
    lines.some((l) => l.kind === kind)
      ? round2(lines.filter((l) => l.kind === kind).reduce((s, l) => s + l.amount, 0))
      : undefined;
  const fields = {
    productPrice: firstOf('product'),
    subtotal: firstOf('subtotal'),
    shipping: firstOf('shipping'),
    tax: firstOf('tax'),
    discount: sumOf('discount'),
    fees: sumOf('fee'),
    // A summary may total twice ("Summe", then "Gesamtbetrag" after shipping): the last is the one to pay.
    total: lines.filter((l) => l.kind === 'total').pop()?.amount,
  };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) Object.assign(money, { [key]: value });
  return money;
}
