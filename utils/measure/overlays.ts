import type { InterruptionKind } from '../model/interruption';
import { elementLabel, MAX_LABEL } from './describe-element';
import { overlapArea, type Box, type Layout } from './layout';

export type OverlayKind = InterruptionKind;

/** Something laid over the page's content right now, as one idle-time look at the page found it. */
export interface OverlayCandidate {
  element: Element;
  kind: OverlayKind;
  /** Share of the viewport covered (0..1, 3 decimals), a backdrop included. */
  coverage: number;
  /** Blocks the page behind it: `aria-modal`, a modal <dialog> or a backdrop. */
  modal: boolean;
}

/** A positioned layer smaller than this share of the viewport is a badge or a toast, not an interruption. */
export const MIN_LAYER_COVERAGE = 0.03;
const MAX_CANDIDATES = 400;
const MAX_OVERLAYS = 20;

/**
 * Chat widgets' containers, launchers and frames, from the vendors' embed snippets (2024/25): Intercom, Zendesk,
 * Drift, tawk.to, LiveChat, HubSpot, Crisp, Tidio, Userlike, Freshchat, Olark, Smartsupp, Gorgias, Zoho SalesIQ,
 * LivePerson. Ids rather than classes where the vendor has one, since those survive its redesigns.
 */
export const CHAT_WIDGET_SELECTOR = [
  '#intercom-container',
  '.intercom-lightweight-app',
  '.intercom-launcher',
  'iframe[name^="intercom"]',
  'iframe#launcher',
  'iframe#webWidget',
  '[data-product="web_widget"]',
  '#drift-widget',
  '#drift-frame-controller',
  '#drift-frame-chat',
  '#tawkchat-container',
  '[class^="tawk-"]',
  '#chat-widget-container',
  '#livechat-compact-container',
  '#hubspot-messages-iframe-container',
  '.crisp-client',
  '#crisp-chatbox',
  '#tidio-chat',
  '#tidio-chat-iframe',
  '[id^="userlike"]',
  '#fc_frame',
  '#fc_widget',
  '#olark',
  '#chat-application',
  '#gorgias-chat-container',
  '#zsiq_float',
  '.zsiq_floatmain',
  '[id^="LPMcontainer"]',
  ...['intercom', 'zopim', 'zendesk', 'drift.com', 'tawk.to', 'livechatinc', 'conversations-visitor', 'crisp.chat']
    .concat(['tidio', 'userlike', 'freshchat', 'smartsupp', 'gorgias', 'salesiq'])
    .map((host) => `iframe[src*="${host}" i]`),
].join(',');

/** Consent-management platforms' banner roots: OneTrust, Cookiebot, Usercentrics, Didomi, Quantcast, TrustArc,
 * Borlabs, Klaro, iubenda, Complianz, CookieYes, Osano, Shopify, Sourcepoint. */
const COOKIE_VENDOR_SELECTOR = [
  '#onetrust-consent-sdk',
  '#onetrust-banner-sdk',
  '#CybotCookiebotDialog',
  '#usercentrics-root',
  '#usercentrics-cmp-ui',
  '#didomi-host',
  '#qc-cmp2-container',
  '#truste-consent-track',
  '#BorlabsCookieBox',
  '.klaro',
  '#iubenda-cs-banner',
  '#cmplz-cookiebanner-container',
  '.cky-consent-container',
  '.cc-window',
  '#shopify-pc__banner',
  '[id^="sp_message_container"]',
].join(',');
/** Shops' own banners by name; only the overlay's own id and class count (a newsletter form's consent checkbox
 * has `id="consent"` too). */
const COOKIE_NAME_SELECTOR = ['cookie', 'consent', 'gdpr']
  .flatMap((word) => [`[id*="${word}" i]`, `[class*="${word}" i]`])
  .join(',');

/** Class and id words of layers that cover content; queried so that nested overlays are found without a walk. */
const LAYER_SELECTOR = ['modal', 'popup', 'pop-up', 'overlay', 'lightbox', 'dialog', 'flyout', 'drawer']
  .concat(['interstitial', 'newsletter', 'klaviyo', 'megamenu', 'mega-menu', 'dropdown', 'offcanvas'])
  .flatMap((word) => [`[class*="${word}" i]`, `[id*="${word}" i]`])
  .join(',');

const SEMANTIC_SELECTOR = 'dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';
/** Common single-page-app roots: overlays are often portalled into them rather than into <body>. */
const APP_ROOT_SELECTOR = 'body > #__next, body > #root, body > #app, body > #__nuxt, body > #___gatsby, body > #main';
const SKIPPED_TAGS = /^(script|style|link|meta|noscript|template|br)$/;
const CONTENT_SELECTOR = 'iframe, img, video, canvas, svg, input, button, select, textarea, object, embed';

/** The element's parent, crossing from a shadow root to its host. */
export function parentAcrossShadow(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent && 'host' in parent ? (parent as ShadowRoot).host : null;
}

/** `outer.contains(inner)` that also looks into the open shadow roots on the way up. */
export function containsAcrossShadow(outer: Node, inner: Node): boolean {
  for (let n: Node | null = inner; n; n = parentAcrossShadow(n)) if (n === outer) return true;
  return false;
}

export interface Visibility {
  /** Rendered and not hidden: no display:none, opacity:0 or [hidden] on it or an ancestor, not visibility:hidden,
   * at least 2 x 2 px (visually-hidden text is 1 px) and not moved off the left or top of the page. */
  shown(element: Element): boolean;
  /** It or an ancestor is position:fixed, so it stays in the viewport while the page scrolls. */
  fixed(element: Element): boolean;
}

/**
 * Visibility questions for one idle-time look at a page. Ancestors' styles are read once and remembered, so asking
 * about a few hundred candidates costs about as many style reads as the candidates' ancestors together.
 */
export function createVisibility(layout: Layout, scrollY = 0): Visibility {
  const memo = new Map<Element, { hidden: boolean; fixed: boolean }>();
  function state(element: Element): { hidden: boolean; fixed: boolean } {
    const known = memo.get(element);
    if (known) return known;
    const parent = parentAcrossShadow(element);
    const above = parent ? state(parent) : { hidden: false, fixed: false };
    const style = layout.style(element);
    const hidden = above.hidden || style.display === 'none' || style.opacity === '0' || element.hasAttribute('hidden');
    const result = { hidden, fixed: above.fixed || style.position === 'fixed' };
    memo.set(element, result);
    return result;
  }
  return {
    shown(element) {
      if (state(element).hidden) return false;
      const visibility = layout.style(element).visibility;
      if (visibility === 'hidden' || visibility === 'collapse') return false;
      const box = layout.rect(element);
      const pageBottom = box.y + box.height + (state(element).fixed ? 0 : scrollY);
      return box.width >= 2 && box.height >= 2 && box.x + box.width > 0 && pageBottom > 0;
    },
    fixed: (element) => state(element).fixed,
  };
}

function isTransparent(style: CSSStyleDeclaration): boolean {
  const color = style.backgroundColor.replace(/\s/g, '');
  const clearColor = color === '' || color === 'transparent' || /^rgba\(.*,0(\.0*)?\)$/.test(color);
  const noImage = /^(|none|initial)$/.test(style.backgroundImage);
  const noFilter = /^(|none|initial)$/.test(style.backdropFilter ?? '');
  return clearColor && noImage && noFilter;
}

function viewportBox(layout: Layout): Box {
  const { width, height } = layout.viewport();
  return { x: 0, y: 0, width, height };
}

/**
 * The area of the viewport an element draws over. A transparent layer (a positioning wrapper or a click-catcher
 * spread over the whole screen) counts as what its content draws, approximated by its largest child rather than
 * the union of its children: overlays' children rarely sit side by side, and the union is not worth its cost.
 */
function drawnArea(element: Element, layout: Layout, view: Box, depth: number): number {
  const own = overlapArea(layout.rect(element), view);
  if (own === 0 || depth >= 3 || element.children.length === 0 || !isTransparent(layout.style(element))) return own;
  let largest = 0;
  for (const child of [...element.children].slice(0, 20)) {
    largest = Math.max(largest, drawnArea(child, layout, view, depth + 1));
  }
  return Math.min(own, largest);
}

const round3 = (share: number) => Math.round(Math.min(1, Math.max(0, share)) * 1000) / 1000;

/** Share of the viewport (0..1, 3 decimals) the element's box covers, clipped to the viewport; see `drawnArea`. */
export function viewportCoverage(element: Element, layout: Layout): number {
  const view = viewportBox(layout);
  const area = view.width * view.height;
  return area > 0 ? round3(drawnArea(element, layout, view, 0) / area) : 0;
}

function isEmptyLayer(element: Element): boolean {
  const text = (element.textContent ?? '') + (element.shadowRoot?.textContent ?? '');
  return text.trim() === '' && !element.matches(CONTENT_SELECTOR) && !element.querySelector(CONTENT_SELECTOR);
}

/** A full-screen, painted, content-less layer: the dimmed backdrop behind a modal. */
function isBackdrop(element: Element, layout: Layout): boolean {
  const style = layout.style(element);
  if (style.position !== 'fixed' && style.position !== 'absolute') return false;
  return !isTransparent(style) && viewportCoverage(element, layout) >= 0.9 && isEmptyLayer(element);
}

/**
 * The share of the viewport a backdrop behind this overlay dims: the overlay's own full-screen painted box (a
 * wrapper with a translucent background), a backdrop sibling (Bootstrap's `.modal-backdrop`), or a modal
 * <dialog>'s ::backdrop. 0 when there is none.
 */
export function backdropCoverage(element: Element, layout: Layout): number {
  if (matchesSafely(element, ':modal')) return 1;
  const view = viewportBox(layout);
  const viewArea = view.width * view.height;
  const own = overlapArea(layout.rect(element), view);
  if (viewArea > 0 && own / viewArea >= 0.9 && !isTransparent(layout.style(element)) && element.children.length)
    return round3(own / viewArea);
  const siblings = [element.previousElementSibling, element.nextElementSibling];
  const backdrop = siblings.find((s) => s && isBackdrop(s, layout));
  return backdrop ? viewportCoverage(backdrop, layout) : 0;
}

function matchesSafely(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false; // `:modal` is newer than some engines (happy-dom, Firefox before 103); without it, no backdrop.
  }
}

/** Blocks the page behind it: `aria-modal`, a modal <dialog> or a backdrop. */
export function isModal(element: Element, layout: Layout): boolean {
  return hasAriaModal(element) || backdropCoverage(element, layout) > 0;
}

function hasAriaModal(element: Element): boolean {
  return element.matches('[aria-modal="true"]') || element.querySelector('[aria-modal="true"]') !== null;
}

/**
 * What an overlay says it is: its accessible name, else its first heading, else the start of its text. Consent
 * banners often carry a <style> element, whose text `textContent` would return first; text in scripts and styles
 * is skipped here.
 */
export function overlayLabel(element: Element): string {
  if (element.hasAttribute('aria-label') || element.hasAttribute('title')) return elementLabel(element);
  const roots: ParentNode[] = [element, ...(element.shadowRoot ? [element.shadowRoot] : [])];
  const heading = roots.map((r) => r.querySelector('h1, h2, h3, h4, [role="heading"]')).find(Boolean);
  if (heading) return elementLabel(heading);
  const parts: string[] = [];
  let length = 0;
  for (const root of roots) {
    const walker = element.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node && length < MAX_LABEL; node = walker.nextNode()) {
      if (node.parentElement?.closest('script, style, noscript, template')) continue;
      parts.push(node.nodeValue ?? '');
      length += (node.nodeValue ?? '').length;
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL);
}

function matchesOrHolds(element: Element, selector: string): boolean {
  return element.matches(selector) || element.querySelector(selector) !== null;
}

function overlayWords(element: Element): string {
  const own = (element.textContent ?? '') + ' ' + (element.shadowRoot?.textContent ?? '');
  const attrs = [element.id, element.getAttribute('class'), element.getAttribute('aria-label')].join(' ');
  return `${attrs} ${own.slice(0, 3000)}`;
}

// Newsletter interstitials in English, German, French, Dutch and Spanish; they offer a discount for an address.
const NEWSLETTER_WORDS =
  /newsletter|subscribe|sign ?up|abonn|anmeld|rabatt|gutschein|discount|coupon|\d+ ?%|inscri|aanmeld|korting|suscr|descuento/i;
const EMAIL_FIELD =
  'input[type="email" i], input[autocomplete~="email" i], input[name*="mail" i], input[id*="mail" i], input[placeholder*="mail" i]';
// "Datenschutz" alone is weak (newsletter forms link the privacy policy too), so it is tested after newsletters.
const COOKIE_WORDS =
  /\bcookies?\b|consent|einwilligung|zustimm|datenschutz|privatsph|tracking|privacy (settings|preferences|choices)|accept all|alle akzeptieren|tout accepter|alles accepteren|aceptar/i;
const TEXT_ENTRY =
  'input:not([type="checkbox" i], [type="radio" i], [type="hidden" i], [type="submit" i], [type="button" i]), textarea';
const CHAT_WORDS = /\b(live-?)?chat\b|messenger|chatbot/i;

/** What kind of overlay this is; see `classifyWith` for the order of the tests. */
export function classifyOverlay(element: Element, layout: Layout): OverlayKind {
  return classifyWith(element, isModal(element, layout), viewportCoverage(element, layout));
}

/**
 * Vendors' ids and the overlay's own name first, then what it asks for: an e-mail address with newsletter words is
 * a newsletter (never with a password field: that is a login), consent words a cookie banner, chat ids a chat;
 * anything else is a modal when it blocks the page or covers more than half of it, else a popup.
 */
function classifyWith(element: Element, modal: boolean, coverage: number): OverlayKind {
  if (matchesOrHolds(element, COOKIE_VENDOR_SELECTOR) || element.matches(COOKIE_NAME_SELECTOR)) return 'cookie-banner';
  if (matchesOrHolds(element, CHAT_WIDGET_SELECTOR)) return 'chat';
  const words = overlayWords(element);
  const login = element.querySelector('input[type="password" i]') !== null;
  if (!login && /newsletter|klaviyo/i.test(words.slice(0, 300))) return 'newsletter';
  if (!login && NEWSLETTER_WORDS.test(words) && element.querySelector(EMAIL_FIELD)) return 'newsletter';
  // Consent banners offer buttons and toggles, never a text field: a login or search layer that links the privacy
  // policy is not one.
  if (COOKIE_WORDS.test(words) && !element.querySelector(TEXT_ENTRY)) return 'cookie-banner';
  if (CHAT_WORDS.test(`${element.id} ${element.getAttribute('class') ?? ''}`)) return 'chat';
  return modal || coverage > 0.5 ? 'modal' : 'popup';
}

/** Where overlays live: open dialogs, vendors' roots, body's and app roots' children (and their open shadow
 * roots), layers named like overlays, and `extra` (nodes the page added since the last look). Capped. */
function candidates(doc: Document, extra: Iterable<Element>): Element[] {
  const found = new Set<Element>();
  const add = (elements: Iterable<Element>, cap: number) => {
    let n = 0;
    for (const element of elements) {
      if (found.size >= MAX_CANDIDATES || n++ >= cap) return;
      if (!SKIPPED_TAGS.test(element.localName)) found.add(element);
    }
  };
  add(doc.querySelectorAll(SEMANTIC_SELECTOR), 50);
  add(doc.querySelectorAll(`${CHAT_WIDGET_SELECTOR},${COOKIE_VENDOR_SELECTOR},${COOKIE_NAME_SELECTOR}`), 60);
  add(extra, 100);
  const roots = [doc.body, ...doc.querySelectorAll(APP_ROOT_SELECTOR)].filter((r): r is HTMLElement => !!r);
  for (const root of roots) {
    add(root.children, 150);
    for (const child of [...root.children].slice(0, 150)) if (child.shadowRoot) add(child.shadowRoot.children, 20);
  }
  add(doc.querySelectorAll(LAYER_SELECTOR), 150);
  return [...found];
}

interface Judged extends OverlayCandidate {
  order: number;
}

function isPageContainer(element: Element, doc: Document): boolean {
  if (element.querySelector('main, [role="main"]')) return true;
  const all = doc.body?.getElementsByTagName('*').length ?? 0;
  return all > 40 && element.getElementsByTagName('*').length > all / 2;
}

/** A bar along the top or bottom edge: the site's header, announcement bar or tab bar, not an interruption. */
function isSiteChrome(element: Element, box: Box, view: Box): boolean {
  const atTop = box.y <= 1 && box.height <= view.height * 0.25;
  const atBottom = box.y + box.height >= view.height - 1 && box.height <= view.height * 0.15;
  if (element.matches('header, nav, footer, [role="banner"], [role="navigation"], [role="contentinfo"]'))
    return atTop || atBottom;
  const fullWidth = box.width >= view.width * 0.9;
  return fullWidth && ((atTop && box.height <= view.height * 0.2) || (atBottom && !!element.querySelector('nav')));
}

function judge(element: Element, layout: Layout, visibility: Visibility, doc: Document): OverlayCandidate | null {
  if (element.localName.startsWith('shopwalk-')) return null; // Our own in-page UI, should there be one.
  const style = layout.style(element);
  const position = style.position;
  const strongSemantic = element.matches('dialog[open], [aria-modal="true"]');
  const positioned = position === 'fixed' || position === 'absolute' || position === 'sticky';
  if (!positioned && !strongSemantic) return null;
  const z = parseInt(style.zIndex, 10);
  if (position === 'fixed' && z < 0) return null;
  if ((position === 'absolute' && !(z >= 1) && !strongSemantic) || !visibility.shown(element)) return null;
  const backdrop = backdropCoverage(element, layout);
  const modal = hasAriaModal(element) || backdrop > 0;
  const coverage = Math.max(viewportCoverage(element, layout), backdrop);
  if (coverage === 0 || isEmptyLayer(element) || isPageContainer(element, doc)) return null;
  const kind = classifyWith(element, modal, coverage);
  if (kind !== 'modal' && kind !== 'popup') return { element, kind, coverage, modal };
  const semantic = strongSemantic || element.matches(SEMANTIC_SELECTOR);
  if (semantic) return { element, kind, coverage, modal };
  if (position === 'sticky' || coverage < MIN_LAYER_COVERAGE) return null;
  if (isSiteChrome(element, layout.rect(element), viewportBox(layout))) return null;
  return { element, kind, coverage, modal };
}

/**
 * What covers the page's content now: open dialogs, and fixed, sticky or absolutely positioned layers above the
 * content that cover a noticeable share of the viewport (chat widgets and consent banners at any size). A sticky
 * or fixed header, an announcement bar and a tab bar are the site's chrome and are left out; so is a layer that
 * holds the page's <main> (sites that scroll inside a fixed container). Nested finds collapse to the outermost.
 * `extra` adds candidates, such as the nodes the page inserted since the last look. Bounded: at most 400
 * candidates are judged (one style read each, plus their ancestors once) and 20 overlays returned.
 */
export function findOverlays(doc: Document, layout: Layout, extra: Iterable<Element> = []): OverlayCandidate[] {
  const visibility = createVisibility(layout, doc.defaultView?.scrollY ?? 0);
  const judged: Judged[] = [];
  candidates(doc, extra).forEach((element, order) => {
    const overlay = judge(element, layout, visibility, doc);
    if (overlay) judged.push({ ...overlay, order });
  });
  const outermost = judged.filter(
    (inner) => !judged.some((outer) => outer !== inner && containsAcrossShadow(outer.element, inner.element)),
  );
  return outermost.slice(0, MAX_OVERLAYS).map(({ order: _order, ...overlay }) => overlay);
}
