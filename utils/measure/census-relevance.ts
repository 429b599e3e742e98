import { CENSUS_CANDIDATES } from './form-census';

/**
 * Besides the census's candidates, what can change its result when it appears, goes or changes: labels name fields
 * (and make honeypots), forms and fieldsets group them, style sheets show and hide them.
 */
const ALSO_RELEVANT = 'label, form, fieldset, legend, style, link[rel~="stylesheet" i], slot';
const RELEVANT = `${CENSUS_CANDIDATES}, ${ALSO_RELEVANT}`;

/**
 * Whether a change to `node` (added, removed, or a watched attribute of it changed) can change what a form census
 * counts: it is or holds a field, CAPTCHA, frame, label or style sheet, or a custom element or shadow host whose
 * inside no selector reaches. A product card appended to a feed cannot, so the recorder skips the census for it.
 * Costs a selector match on the node and, when that finds nothing, one look at each element inside it.
 */
export function canChangeCensus(node: Node): boolean {
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  const element = node as Element;
  if (element.matches(RELEVANT) || hidesInside(element)) return true;
  // Most changed nodes of a busy page are leaves (a line of a live feed): no query or walk for them.
  if (!element.firstElementChild) return false;
  if (element.querySelector(RELEVANT)) return true;
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_ELEMENT);
  for (let el = walker.nextNode(); el; el = walker.nextNode()) if (hidesInside(el as Element)) return true;
  return false;
}

/** A custom element or a shadow host: what it shows may sit in a shadow root that no selector from outside reaches. */
function hidesInside(element: Element): boolean {
  return element.localName.includes('-') || element.shadowRoot !== null;
}
