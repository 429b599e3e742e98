import type { Stage, StageSignals } from '../model/stage';
import {
  CART_HEADING,
  CART_HEADING_NOISE,
  isDomainOf,
  isPaymentProviderHost,
  SEARCH_RESULTS,
  THANKS,
} from './stage-signals';

/** The checkout, step not yet known: the page's fields decide which step. */
type PathStage = Stage | 'checkout';

/**
 * How a URL path segment counts. `place` says where the customer is; `step` names a checkout step and counts only
 * in a checkout or as the first word (`/service/versand` is a help page about shipping, not the shipping step);
 * `slug` is followed by a name that is not read (`/product/cart-bag`, `/suche/warenkorb`); `order` is the
 * checkout, but the order history after an account word (`/account/orders`).
 */
type Kind = 'place' | 'step' | 'slug' | 'order';
type Word = [PathStage, Kind];

const words = (stage: PathStage, kind: Kind, list: string): [string, Word][] =>
  list.split(' ').map((w) => [w, [stage, kind]]);

/** Path segments, lower case, umlauts spelled out, `_` as `-`, file extensions dropped. English and German. */
const WORDS = new Map<string, Word>([
  ...words('entry', 'place', 'home startseite'),
  ...words('browse', 'slug', 'search suche suchen search-results suchergebnisse catalogsearch category categories'),
  ...words('browse', 'slug', 'kategorie kategorien c collections collection brands brand marken marke'),
  ...words('browse', 'place', 'shop catalog katalog sale angebote'),
  ...words('product', 'slug', 'product products produkt p artikel item dp'),
  ...words('cart', 'place', 'cart basket warenkorb shopping-cart shoppingcart bag shopping-bag einkaufswagen'),
  ...words('cart', 'place', 'einkaufstasche einkaufskorb trolley'),
  ...words('checkout', 'place', 'checkout checkouts kasse zur-kasse bestellvorgang onepage onepagecheckout'),
  ...words('checkout', 'order', 'order bestellung'),
  ...words('checkout-account', 'place', 'login log-in signin sign-in register registration registrierung'),
  ...words('checkout-account', 'place', 'registrieren anmelden anmeldung konto kundenkonto mein-konto account'),
  ...words('checkout-account', 'place', 'my-account myaccount create-account authentication benutzerkonto'),
  ...words('checkout-address', 'step', 'address adresse lieferadresse rechnungsadresse shipping-address'),
  ...words('checkout-address', 'step', 'billing-address contact-information'),
  ...words('checkout-shipping', 'step', 'shipping versand versandart shipping-method delivery lieferung lieferart'),
  ...words('checkout-shipping', 'step', 'checkout-shipping shippingpayment'),
  ...words('checkout-payment', 'step', 'payment zahlung bezahlen bezahlung zahlungsart payment-method pay'),
  ...words('checkout-payment', 'step', 'checkout-payment'),
  ...words('checkout-review', 'step', 'review confirm uebersicht bestellen overview summary zusammenfassung'),
  ...words('checkout-review', 'step', 'pruefen order-review place-order checkout-confirmation'),
  ...words('confirmation', 'step', 'confirmation thank-you thankyou thanks danke order-received success finish'),
  ...words('confirmation', 'step', 'order-confirmation orderconfirmation bestellbestaetigung bestaetigung'),
  ...words('confirmation', 'step', 'checkout-success order-success abschluss bestellabschluss'),
  ...words('service', 'place', 'contact kontakt contact-us kontaktformular hilfe help faq faqs service'),
  ...words('service', 'place', 'kundenservice customer-service customerservice support help-center helpcenter'),
  ...words('service', 'place', 'hilfe-center customer-care'),
  ...words('after-sales', 'place', 'returns return retoure retouren ruecksendung ruecksendungen tracking track'),
  ...words('after-sales', 'place', 'sendungsverfolgung order-tracking track-order order-status orders'),
  ...words('after-sales', 'place', 'bestellungen order-history bestellhistorie meine-bestellungen my-orders'),
  ...words('after-sales', 'place', 'reklamation umtausch'),
  ...words('other', 'place', 'impressum imprint datenschutz privacy privacy-policy agb terms legal about'),
  ...words('other', 'place', 'about-us ueber-uns karriere careers jobs presse press newsletter'),
  ...words('other', 'slug', 'blog magazin magazine news ratgeber journal stories'),
]);

/** OXID eShop names its pages in `?cl=`, with words of its own. */
const OXID_PAGES: Record<string, PathStage> = {
  start: 'entry',
  alist: 'browse',
  search: 'browse',
  details: 'product',
  basket: 'cart',
  account: 'checkout-account',
  user: 'checkout-address',
  payment: 'checkout-payment',
  order: 'checkout-review',
  thankyou: 'confirmation',
  contact: 'service',
};

/** Query parameters whose value is a route: Shopify's `step`, OpenCart's `route`, PrestaShop's `controller`. */
const ROUTE_PARAMS = ['step', 'route', 'controller'];
const SEARCH_PARAMS = ['q', 'query', 'search', 's', 'k', 'searchterm', 'search-query', 'keyword', 'keywords', 'term'];
const GERMAN_SEARCH_PARAMS = ['suche', 'suchbegriff', 'ssearch'];
const LANGUAGE = /^[a-z]{2}([-][a-z]{2})?$/;

/** Carriers' tracking sites: a customer there follows a parcel. */
const CARRIER_HOSTS = [
  'dhl.de', 'dhl.com', 'deutschepost.de', 'ups.com', 'dpd.de', 'dpd.com', 'myhermes.de', 'hermesworld.com',
  'gls-pakete.de', 'gls-group.eu', 'fedex.com', 'usps.com', 'royalmail.com', 'post.at', 'post.ch', 'parcellab.com',
  'aftership.com', '17track.net',
]; // prettier-ignore

function normalize(segment: string): string {
  let s = segment;
  try {
    s = decodeURIComponent(segment);
  } catch {
    // A malformed escape stays as written; it names no stage either way.
  }
  return s
    .trim()
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/_/g, '-')
    .replace(/\.(html?|php\d?|aspx?|jsp|do)$/, '');
}

const split = (path: string) => path.split('/').map(normalize).filter(Boolean);

/** Reads path segments left to right; the last word that counts wins, as paths go from general to specific. */
class PathReader {
  found: PathStage | undefined;
  private inCheckout = false;

  read(segments: string[], slugs = true): this {
    for (let k = 0; k < segments.length; k++) {
      const word = WORDS.get(segments[k]!);
      if (!word) continue;
      const [stage, kind] = word;
      if (kind === 'step' && !this.inCheckout && this.found !== undefined) continue;
      this.found = kind === 'order' && this.found === 'checkout-account' ? 'after-sales' : stage;
      if (this.found === 'checkout' || kind === 'step') this.inCheckout = true;
      if (kind === 'slug' && slugs) k++;
    }
    return this;
  }
}

function stageFromPath(url: URL): PathStage | undefined {
  const reader = new PathReader().read(split(url.pathname));
  // A single-page app's route lives in the fragment: /app#/checkout/payment. A plain fragment is an anchor on the
  // page (#reviews), except in a checkout, where Magento names its steps so (/checkout/#payment).
  const hash = url.hash.replace(/^#!?/, '');
  if (hash.startsWith('/') || reader.found === 'checkout') reader.read(split(hash));
  for (const param of ROUTE_PARAMS) reader.read(split(url.searchParams.get(param) ?? ''), false);
  const oxid = OXID_PAGES[(url.searchParams.get('cl') ?? '').toLowerCase()];
  return oxid ?? reader.found;
}

function hasSearchQuery(url: URL): boolean {
  for (const [key, value] of url.searchParams) {
    const name = normalize(key);
    if (value.trim() && (SEARCH_PARAMS.includes(name) || GERMAN_SEARCH_PARAMS.includes(name))) return true;
  }
  return false;
}

function isHomePath(url: URL): boolean {
  return split(url.pathname).every((s) => LANGUAGE.test(s) || s === 'index' || s === 'default');
}

function stageFromHost(host: string): Stage | undefined {
  if (isPaymentProviderHost(host)) return 'checkout-payment';
  if (isDomainOf(host, CARRIER_HOSTS)) return 'after-sales';
  return undefined;
}

/** A subdomain that names its site's purpose (hilfe.shop.de, blog.shop.com), when nothing else spoke. */
function stageFromSubdomain(host: string): Stage | undefined {
  const first = host.toLowerCase().split('.')[0] ?? '';
  if (/^(help|hilfe|support|service|kundenservice|faq)$/.test(first)) return 'service';
  if (/^(blog|magazin|magazine|news)$/.test(first)) return 'other';
  return undefined;
}

/**
 * The checkout step a checkout page is at, from its fields. A one-page checkout shows every step's fields at once;
 * the customer starts with the earliest, so the earliest wins. Without fields, the first step after the account.
 */
function checkoutStep(signals: StageSignals | undefined): Stage {
  if (!signals) return 'checkout-address';
  if (signals.orderThanks) return 'confirmation';
  if (signals.addressFields >= 2) return 'checkout-address';
  if (signals.passwordField) return 'checkout-account';
  if (signals.shippingChoice) return 'checkout-shipping';
  if (signals.paymentFields || signals.paymentChoice) return 'checkout-payment';
  if (signals.placeOrderButton) return 'checkout-review';
  return 'checkout-address';
}

/**
 * The stage a page's content suggests when its URL says nothing. Strongest evidence first: thanks for an order,
 * a heading naming the cart, the checkout's own structured data, search results and collection pages, a product
 * (before a list: product pages list related products), a list of products,
 * then forms (a login box in a header must not outrank the product beneath it), help pages, articles.
 */
function stageFromSignals(signals: StageSignals): Stage | undefined {
  const types = new Set(signals.structuredTypes);
  const og = signals.ogType ?? '';
  if (signals.orderThanks || (signals.orderNumber && types.has('Order'))) return 'confirmation';
  if (signals.cartHeading) return 'cart';
  if (types.has('CheckoutPage')) return checkoutStep(signals);
  if (signals.searchResults || types.has('SearchResultsPage') || types.has('CollectionPage')) return 'browse';
  // A product page has one add-to-cart button, or two with a sticky bar on phones; a listing has one per product.
  const addToCart = signals.addToCartButtons;
  const isProduct = types.has('Product') || types.has('ProductGroup') || og.startsWith('product');
  if (isProduct || (addToCart >= 1 && addToCart <= 2)) return 'product';
  if (types.has('ItemList') || types.has('OfferCatalog') || addToCart >= 3) return 'browse';
  if (signals.paymentFields) return 'checkout-payment';
  if (signals.addressFields >= 2) return 'checkout-address';
  if (signals.passwordField) return 'checkout-account';
  if (types.has('ContactPage') || types.has('FAQPage')) return 'service';
  if (types.has('Article') || types.has('BlogPosting') || types.has('NewsArticle') || og === 'article') return 'other';
  return undefined;
}

const TITLE_PARTS = /\s+[|–—·•-]\s+|\s*[|:»]\s*/;
const TITLE_STAGES: [RegExp, PathStage][] = [
  [/^(checkout|kasse|zur kasse)$/, 'checkout'],
  [
    /^(log ?in|sign in|anmelden|anmeldung|registrieren|register|my account|mein konto|kundenkonto)$/,
    'checkout-account',
  ],
  [/^(contact( us)?|kontakt|help|hilfe|faq|customer service|kundenservice)$/, 'service'],
];

/** The tab's title, in parts ("Warenkorb | Shop"): what a page without a content script still tells. */
function stageFromTitle(title: string, signals: StageSignals | undefined): Stage | undefined {
  const text = title.replace(/\s+/g, ' ').trim().toLowerCase().slice(0, 300);
  if (!text) return undefined;
  if (THANKS.test(text)) return 'confirmation';
  if (SEARCH_RESULTS.test(text)) return 'browse';
  for (const part of text.split(TITLE_PARTS).map((p) => p.trim())) {
    if (CART_HEADING.test(part.replace(CART_HEADING_NOISE, ' ').replace(/\s+/g, ' ').trim())) return 'cart';
    const match = TITLE_STAGES.find(([pattern]) => pattern.test(part));
    if (match) return match[1] === 'checkout' ? checkoutStep(signals) : match[1];
  }
  return undefined;
}

export interface StageInput {
  url: string;
  title: string;
  signals?: StageSignals;
  /** The page the audit started on: the customer's entry, when nothing says otherwise. */
  isStart?: boolean;
}

/**
 * The journey stage of a page: a guess the auditor can change. The URL speaks first (payment providers' and
 * carriers' sites, path words in English and German, a search query, the home page), then the page's content,
 * then its title; the audit's start page is the entry; what fits nowhere is `other`.
 */
export function guessStage({ url, title, signals, isStart }: StageInput): Stage {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined; // not a web address (a hand-entered touchpoint): only the content and title can tell
  }
  const fromUrl = parsed && stageFromUrlOnly(parsed);
  if (fromUrl === 'checkout') return checkoutStep(signals);
  return (
    fromUrl ??
    (signals && stageFromSignals(signals)) ??
    stageFromTitle(title, signals) ??
    (parsed && stageFromSubdomain(parsed.hostname)) ??
    (isStart ? 'entry' : 'other')
  );
}

function stageFromUrlOnly(url: URL): PathStage | undefined {
  return (
    stageFromHost(url.hostname) ??
    stageFromPath(url) ??
    (hasSearchQuery(url) ? 'browse' : undefined) ??
    (isHomePath(url) ? 'entry' : undefined)
  );
}

/** The stage from the address alone, for pages the extension cannot read (another site's payment or help page). */
export function guessStageFromUrl(url: string): Stage {
  return guessStage({ url, title: '' });
}
