import type { StageSignals, StructuredType } from '../model/stage';
import { STRUCTURED_TYPES } from '../model/vocabulary';

/**
 * Hosts of payment providers whose pages (or frames) take the customer's payment: on their page the customer is
 * at the payment step of the shop's checkout, though on another site. A domain matches itself and its subdomains.
 */
const PAYMENT_HOSTS = [
  'paypal.com', 'klarna.com', 'checkout.stripe.com', 'buy.stripe.com', 'hooks.stripe.com', 'js.stripe.com',
  'adyen.com', 'adyenpayments.com', 'mollie.com', 'sofort.com', 'giropay.de', 'paydirekt.de', 'unzer.com',
  'heidelpay.com', 'pay1.de', 'payone.com', 'computop-paygate.com', 'braintreegateway.com', 'worldpay.com',
  'pay.amazon.com', 'pay.amazon.de', 'payments.amazon.com', 'payments.amazon.de', 'pay.google.com', 'ratepay.com',
  'afterpay.com', 'clearpay.co.uk', 'pay.checkout.com', 'novalnet.de', 'trustly.com', 'przelewy24.pl', 'ogone.com',
]; // prettier-ignore

export function isDomainOf(host: string, domains: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return domains.some((d) => h === d || h.endsWith(`.${d}`));
}

export function isPaymentProviderHost(host: string): boolean {
  return isDomainOf(host, PAYMENT_HOSTS);
}

/**
 * Providers whose frames hold card fields inside the shop's page. PayPal's and Klarna's frames are left out: their
 * express buttons and instalment banners sit on product and cart pages too.
 */
const CARD_FRAME_HOSTS = [
  'js.stripe.com', 'adyen.com', 'mollie.com', 'braintreegateway.com', 'unzer.com', 'pay1.de', 'computop-paygate.com',
  'novalnet.de',
]; // prettier-ignore

// Bounds on reading: a page with thousands of elements costs the same as one with a few hundred.
const MAX_JSON_LD = 20;
const MAX_JSON_CHARS = 500_000;
const MAX_JSON_NODES = 5_000;
const MAX_ITEMTYPES = 200;
const MAX_FIELDS = 500;
const MAX_CONTROLS = 600;
const MAX_LEAD_CHARS = 5_000;
const MAX_BUTTON_TEXT = 200;

const TYPE_ALIASES: Record<string, StructuredType> = {
  IndividualProduct: 'Product',
  ProductModel: 'Product',
  SomeProducts: 'Product',
};
const KNOWN_TYPES = new Set<string>(STRUCTURED_TYPES);

function addType(raw: string, found: Set<StructuredType>): void {
  // "Product", "http://schema.org/Product", "schema:Product"
  const name = raw.trim().split(/[/:#]/).pop() ?? '';
  const type = TYPE_ALIASES[name] ?? (KNOWN_TYPES.has(name) ? (name as StructuredType) : undefined);
  if (type) found.add(type);
}

/** Every `@type` in a parsed JSON-LD value, walked without recursion so that deep nesting cannot overflow. */
function addJsonLdTypes(value: unknown, found: Set<StructuredType>): void {
  const stack: unknown[] = [value];
  for (let visited = 0; stack.length > 0 && visited < MAX_JSON_NODES; visited++) {
    const node = stack.pop();
    if (Array.isArray(node)) for (const item of node.slice(0, MAX_JSON_NODES)) stack.push(item);
    else if (node && typeof node === 'object') {
      for (const [key, v] of Object.entries(node)) {
        if (key === '@type') [v].flat().forEach((t) => typeof t === 'string' && addType(t, found));
        else if (v && typeof v === 'object') stack.push(v);
      }
    }
  }
}

function readStructuredTypes(doc: Document): StructuredType[] {
  const found = new Set<StructuredType>();
  const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')].slice(0, MAX_JSON_LD);
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_CHARS) continue;
    try {
      addJsonLdTypes(JSON.parse(text), found);
    } catch {
      // A malformed block is the shop's bug (and common); the page's other blocks still say what it is.
    }
  }
  for (const element of [...doc.querySelectorAll('[itemtype]')].slice(0, MAX_ITEMTYPES)) {
    for (const type of (element.getAttribute('itemtype') ?? '').split(/\s+/)) if (type) addType(type, found);
  }
  return STRUCTURED_TYPES.filter((t) => found.has(t));
}

const clean = (text: string | null | undefined, max = MAX_BUTTON_TEXT) =>
  (text ?? '')
    .slice(0, max * 4)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max)
    .toLowerCase();

/** The first few thousand characters of the page's main content (or body), scripts and form values left out. */
function leadingText(doc: Document): string {
  const root = doc.querySelector('main, [role=main]') ?? doc.body;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  while (text.length < MAX_LEAD_CHARS && walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    if (parent && /^(script|style|noscript|template|textarea|select|option)$/.test(parent.localName)) continue;
    text += ' ' + (walker.currentNode.textContent ?? '');
  }
  return clean(text, MAX_LEAD_CHARS);
}

/** Attributes split into lower-case words, digits dropped: "billingStreet_1" -> billing street. */
function words(...values: (string | null)[]): string[] {
  return values
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-zäöüß]+/)
    .filter(Boolean);
}

const ADDRESS_TOKENS = new Set([
  'street-address',
  'address-line1',
  'address-line2',
  'address-level1',
  'address-level2',
  'postal-code',
  'country',
  'country-name',
]);
const ADDRESS_WORDS = new Set([
  'street', 'strasse', 'straße', 'address', 'adresse', 'addr', 'zip', 'zipcode', 'postal',
  'postcode', 'postalcode', 'plz', 'city', 'stadt', 'ort', 'town', 'hausnummer', 'housenumber',
]); // prettier-ignore
const PAYMENT_TOKENS = new Set(['cc-number', 'cc-exp', 'cc-exp-month', 'cc-exp-year', 'cc-csc']);
const PAYMENT_NAME = /cardnumber|ccnum|cvc|cvv|securitycode|iban|kartennummer|kreditkart/;
const NOT_ADDRESS_TYPES = /^(hidden|password|email|checkbox|radio|submit|button|reset|image|file|search)$/;

interface FieldSignals {
  passwordField: boolean;
  addressFields: number;
  paymentFields: boolean;
  paymentChoice: boolean;
  shippingChoice: boolean;
}

/** What the form fields are for, from their type, autocomplete token and name; never their values. */
function readFields(doc: Document): FieldSignals {
  const signals: FieldSignals = {
    passwordField: false,
    addressFields: 0,
    paymentFields: false,
    paymentChoice: false,
    shippingChoice: false,
  };
  for (const field of [...doc.querySelectorAll('input, select, textarea')].slice(0, MAX_FIELDS)) {
    if (field.closest('[hidden], [aria-hidden="true"], [inert], template')) continue;
    const type = (field.getAttribute('type') ?? 'text').toLowerCase();
    const token = (field.getAttribute('autocomplete') ?? '').trim().toLowerCase().split(/\s+/).pop() ?? '';
    const named = words(field.getAttribute('name'), field.getAttribute('id'));
    if (type === 'password') signals.passwordField = true;
    else if (type === 'radio') {
      const name = named.join('');
      if (/payment|paymethod|zahlung|zahlart/.test(name)) signals.paymentChoice = true;
      if (/shipping|versand|delivery|lieferart|liefermethode|dispatch|carrier/.test(name))
        signals.shippingChoice = true;
    } else if (PAYMENT_TOKENS.has(token) || PAYMENT_NAME.test(named.join(''))) signals.paymentFields = true;
    else if (
      ADDRESS_TOKENS.has(token) ||
      (!NOT_ADDRESS_TYPES.test(type) &&
        !named.some((w) => w.includes('mail')) &&
        named.some((w) => ADDRESS_WORDS.has(w)))
    )
      signals.addressFields++;
  }
  // Card fields usually sit in the payment provider's frame (Stripe, Adyen, Mollie): the frame says enough.
  for (const frame of [...doc.querySelectorAll('iframe[src]')].slice(0, 30)) {
    if (isDomainOf(hostOf(frame.getAttribute('src') ?? '', doc), CARD_FRAME_HOSTS)) signals.paymentFields = true;
  }
  return signals;
}

function hostOf(src: string, doc: Document): string {
  try {
    return new URL(src, doc.baseURI).hostname;
  } catch {
    return ''; // an unparsable frame address names no provider
  }
}

const ADD_TO_CART =
  /add to (shopping )?(cart|bag|basket|trolley)|in den (warenkorb|einkaufswagen|korb)|in die (einkaufs)?tasche|(zum )?warenkorb hinzufügen/;
const ADD_TO_CART_ATTRIBUTE = /add-to-cart|add_to_cart|addtocart|addtobasket|add-to-basket|\/cart\/add/i;
const PLACE_ORDER =
  /place (your )?order|complete (your )?(order|purchase)|submit order|confirm (and pay|order|purchase)|pay now|buy now|order now|(zahlungs|kosten)pflichtig bestellen|jetzt (kaufen|bestellen|bezahlen)|bestellung (abschicken|absenden|abschließen)|kaufen und bezahlen/;
const GUEST =
  /\bguest\b|\bals gast\b|\bgast(bestellung|zugang)?\b|ohne (kunden)?konto|kein kundenkonto|without (an )?account/;

/** The text a control shows: its content, or for input buttons their value (a label, never typed text). */
function controlText(control: Element): string {
  const isInputButton = control.localName === 'input' && /^(submit|button)$/i.test(control.getAttribute('type') ?? '');
  return clean(isInputButton ? control.getAttribute('value') : control.textContent);
}

function isSubmit(control: Element): boolean {
  const type = (control.getAttribute('type') ?? (control.localName === 'button' ? 'submit' : '')).toLowerCase();
  return type === 'submit';
}

function readButtons(doc: Document): Pick<StageSignals, 'addToCartButtons' | 'placeOrderButton' | 'guestOption'> {
  let addToCartButtons = 0;
  let placeOrderButton = false;
  let guestOption = false;
  const buttons = doc.querySelectorAll('button, input[type=submit], input[type=button], [role=button]');
  for (const button of [...buttons].slice(0, MAX_CONTROLS)) {
    const text = controlText(button);
    const attributes = `${button.getAttribute('name')} ${button.getAttribute('class')} ${button.getAttribute('href')}`;
    const inCartForm =
      isSubmit(button) && ADD_TO_CART_ATTRIBUTE.test(button.closest('form')?.getAttribute('action') ?? '');
    if (ADD_TO_CART.test(text) || ADD_TO_CART_ATTRIBUTE.test(attributes) || inCartForm) addToCartButtons++;
    else if (PLACE_ORDER.test(text)) placeOrderButton = true;
    if (GUEST.test(text)) guestOption = true;
  }
  // WooCommerce's list buttons are links: <a href="?add-to-cart=12">.
  addToCartButtons += Math.min(MAX_CONTROLS, doc.querySelectorAll('a[href*="add-to-cart="]:not([role=button])').length);
  // Offers to buy as a guest are also radio labels, tabs, headings and links in the form or the main content.
  const texts = doc.querySelectorAll('label, legend, h2, h3, h4, [role=tab], form a, main a');
  for (const element of [...texts].slice(0, MAX_CONTROLS)) {
    if (guestOption) break;
    guestOption = GUEST.test(controlText(element));
  }
  return { addToCartButtons: Math.min(addToCartButtons, 1_000), placeOrderButton, guestOption };
}

export const CART_HEADING =
  /^(your |my |ihr |dein |mein )?(shopping )?(cart|basket|bag|shopping bag|warenkorb|einkaufswagen|einkaufstasche|einkaufskorb)( (is|ist) (empty|leer))?$/;
/** Words around the cart's name that do not change what the heading says: counts and "items". */
export const CART_HEADING_NOISE = /[\d()[\]:|·•–-]+|\b(items?|artikel|produkte?|products?)\b/g;
export const THANKS =
  /thanks? (you )?for (your|the) (order|purchase)|your order (has been|was|is) (placed|received|confirmed|complete)|(vielen )?dank für (ihre|deine|die) bestellung|(ihre|deine) bestellung (ist |wurde )?(erfolgreich )?(eingegangen|abgeschlossen|aufgegeben|bestätigt|erfolgreich)/;
/** "Order confirmation" is also promised on review pages ("you will receive an order confirmation"): headings only. */
const CONFIRMATION_HEADING =
  /^(your )?order (confirmation|confirmed|received|complete)|^bestellbestätigung|^bestellung (erfolgreich|abgeschlossen)/;
const ORDER_NUMBER =
  /\b(order|bestell)[ -]?(number|no\.?|nr\.?|nummer|#|id|reference)\s*[:#]?\s*#?\s*[a-z]{0,4}-?\d[\w-]{3,}/;
export const SEARCH_RESULTS =
  /search results|results? for\b|\b\d+ results\b|you searched for|suchergebnis|ergebnisse für|treffer für|(ihre|deine) suche( nach)?\b/;

function readHeadings(doc: Document): Pick<StageSignals, 'cartHeading' | 'orderThanks' | 'searchResults'> {
  const h1s = [...doc.querySelectorAll('h1')].slice(0, 5).map((h) => clean(h.textContent));
  const headings = [
    clean(doc.title),
    ...h1s,
    ...[...doc.querySelectorAll('h2')].slice(0, 10).map((h) => clean(h.textContent)),
  ];
  return {
    cartHeading: h1s.some((h) => CART_HEADING.test(h.replace(CART_HEADING_NOISE, ' ').replace(/\s+/g, ' ').trim())),
    orderThanks: headings.some((h) => THANKS.test(h) || CONFIRMATION_HEADING.test(h)),
    searchResults: headings.some((h) => SEARCH_RESULTS.test(h)),
  };
}

/**
 * What a page says about its journey stage besides its URL: structured data, the purpose of its form fields, its
 * buttons and headings, in English and German. DOM reads only (no layout, no values typed by the customer), each
 * kind of element capped, so it is cheap on pages with thousands of elements.
 */
export function readStageSignals(doc: Document): StageSignals {
  const ogType = clean(doc.querySelector('meta[property="og:type"]')?.getAttribute('content'), 50);
  const headings = readHeadings(doc);
  const lead = leadingText(doc);
  return {
    structuredTypes: readStructuredTypes(doc),
    ...(ogType ? { ogType } : {}),
    ...readFields(doc),
    ...readButtons(doc),
    ...headings,
    orderThanks: headings.orderThanks || THANKS.test(lead),
    orderNumber: ORDER_NUMBER.test(lead),
  };
}
