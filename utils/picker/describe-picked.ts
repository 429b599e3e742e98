import type { ElementDescription } from '../model/finding-record';
import { accessibleName, labelledByOf, labelsByFor, visibleText } from '../measure/accessible-name';
import { elementSelector } from '../measure/describe-element';

const MAX_ROLE = 64;

/** Implicit ARIA roles of common elements (HTML-AAM), enough to say what the auditor pointed at. */
const TAG_ROLES: Record<string, string> = {
  button: 'button',
  select: 'combobox',
  textarea: 'textbox',
  img: 'img',
  nav: 'navigation',
  main: 'main',
  header: 'banner',
  footer: 'contentinfo',
  aside: 'complementary',
  form: 'form',
  ul: 'list',
  ol: 'list',
  li: 'listitem',
  table: 'table',
  dialog: 'dialog',
  summary: 'button',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  p: 'paragraph',
};

const INPUT_ROLES: Record<string, string> = {
  button: 'button',
  submit: 'button',
  reset: 'button',
  image: 'button',
  checkbox: 'checkbox',
  radio: 'radio',
  range: 'slider',
  number: 'spinbutton',
  search: 'searchbox',
};

/** The element's role: its own `role` attribute, else the one its tag implies; absent for generic elements. */
export function roleOf(el: Element): string | undefined {
  const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit.slice(0, MAX_ROLE);
  const tag = el.localName;
  if (tag === 'a' || tag === 'area') return el.hasAttribute('href') ? 'link' : undefined;
  if (tag === 'input') return INPUT_ROLES[(el.getAttribute('type') ?? 'text').trim().toLowerCase()] ?? 'textbox';
  return TAG_ROLES[tag];
}

/** The shadow host of the root the element lives in, if it lives in a shadow root. */
function hostOf(el: Element): Element | undefined {
  const root = el.getRootNode() as Node & { host?: Element };
  return root.nodeType === 11 ? root.host : undefined;
}

const isField = (el: Element) => /^(input|select|textarea)$/.test(el.localName);

/**
 * The accessible name of any element, simplified from W3C accname 1.2: a field's as the form census computes it;
 * otherwise aria-labelledby, aria-label, an image's alt, the element's visible text, then its title. Never a
 * value typed or chosen: fields are named by their labels, and the text of controls inside is skipped.
 */
export function nameOf(el: Element): string {
  if (isField(el)) {
    const root = el.getRootNode() as Document | ShadowRoot;
    return accessibleName(el, labelsByFor(root.querySelectorAll('label[for]'))).name;
  }
  const byReference = labelledByOf(el)
    .map((ref) => ref.getAttribute('aria-label') ?? visibleText(ref))
    .join(' ');
  const candidates = [byReference, el.getAttribute('aria-label') ?? '', el.getAttribute('alt') ?? ''];
  const named = candidates.map((c) => c.replace(/\s+/g, ' ').trim()).find((c) => c);
  return named ?? (visibleText(el) || (el.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim());
}

/**
 * What a finding records about the element the auditor picked: a selector to find it again, its role and its
 * accessible name. Inside a shadow root the selector names the host's path, then the element's path in the root.
 */
export function describePicked(el: Element): ElementDescription {
  const parts = [elementSelector(el)];
  for (let host = hostOf(el); host; host = hostOf(host)) parts.unshift(elementSelector(host));
  const role = roleOf(el);
  const name = nameOf(el).slice(0, 300);
  return {
    selector: parts.join(' >>> ').slice(0, 500),
    ...(role ? { role } : {}),
    ...(name ? { name } : {}),
  };
}
