import type { NameSource } from '../model/form-census';
import { MAX_LABEL } from './describe-element';

export interface AccessibleName {
  /** Collapsed and clipped to MAX_LABEL; empty when source is `none`. */
  name: string;
  source: NameSource;
}

/** Elements a <label> can label (HTML "labelable elements" that can be fields). */
const LABELABLE = new Set(['input', 'select', 'textarea']);
/** Elements whose text is (or may become) what the customer typed or chose: never read. */
const VALUE_BEARING = new Set(['input', 'select', 'textarea', 'script', 'style', 'template', 'noscript']);
const NAME_FROM_CONTENT = new Set(['checkbox', 'radio', 'switch']);

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const clip = (text: string) => collapse(text).slice(0, MAX_LABEL);

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.trim().toLowerCase() !== 'false';
}

/**
 * The text an element shows, as accessible-name computation reads it from content: text nodes and image alt
 * text, skipping form controls and editable regions (their text is typed data, or a select's options) and
 * stopping once enough for a clipped name has been read.
 */
export function visibleText(root: Element): string {
  let text = '';
  const stack: Node[] = [root];
  while (stack.length > 0 && text.length < MAX_LABEL * 2) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      text += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== root && (VALUE_BEARING.has(el.localName) || isEditable(el))) continue;
    if (el.localName === 'img') text += ` ${el.getAttribute('alt') ?? ''} `;
    for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push(el.childNodes[i]!);
    if (el.localName === 'br' || /^(p|div|li|td|th)$/.test(el.localName)) text += ' ';
  }
  return clip(text);
}

/** label[for] elements of one root, by the id they point at; built in one pass so lookups stay cheap. */
export function labelsByFor(elements: Iterable<Element>): Map<string, Element[]> {
  const map = new Map<string, Element[]>();
  for (const el of elements) {
    const id = el.localName === 'label' ? el.getAttribute('for') : null;
    if (!id) continue;
    const list = map.get(id);
    if (list) list.push(el);
    else map.set(id, [el]);
  }
  return map;
}

/** The <label>s of a native control: the one wrapping it and those whose `for` names its id. */
export function labelsOf(el: Element, labelsFor: ReadonlyMap<string, Element[]>): Element[] {
  if (!LABELABLE.has(el.localName)) return [];
  const labels = el.id ? [...(labelsFor.get(el.id) ?? [])] : [];
  const wrapping = el.closest('label');
  // A wrapping label with a `for` naming another element labels that one, not this (HTML "labeled control").
  if (wrapping && !labels.includes(wrapping) && !wrapping.hasAttribute('for')) labels.unshift(wrapping);
  return labels;
}

/** Elements named by aria-labelledby, looked up in the element's own tree (document or shadow root). */
export function labelledByOf(el: Element): Element[] {
  const ids = el.getAttribute('aria-labelledby')?.trim().split(/\s+/) ?? [];
  const root = el.getRootNode() as Partial<Pick<Document, 'getElementById'>>;
  if (ids.length === 0 || !root.getElementById) return [];
  return ids.map((id) => root.getElementById!(id)).filter((e): e is HTMLElement => !!e);
}

function textOfReference(ref: Element): string {
  if (VALUE_BEARING.has(ref.localName) || isEditable(ref)) return '';
  return collapse(ref.getAttribute('aria-label') ?? '') || visibleText(ref);
}

/**
 * A form field's accessible name, simplified from W3C accname 1.2 and HTML-AAM: aria-labelledby, aria-label,
 * its <label>s, title, then placeholder (or aria-placeholder); custom checkboxes, radios and switches are also
 * named by their content. Hidden label text is not excluded, and a field's own value is never part of the name.
 */
export function accessibleName(el: Element, labelsFor: ReadonlyMap<string, Element[]>): AccessibleName {
  const labelledBy = clip(labelledByOf(el).map(textOfReference).join(' '));
  if (labelledBy) return { name: labelledBy, source: 'aria-labelledby' };
  const ariaLabel = clip(el.getAttribute('aria-label') ?? '');
  if (ariaLabel) return { name: ariaLabel, source: 'aria-label' };
  const label = clip(labelsOf(el, labelsFor).map(visibleText).join(' '));
  if (label) return { name: label, source: 'label' };
  const role = el.getAttribute('role')?.trim().toLowerCase() ?? '';
  const content = !LABELABLE.has(el.localName) && NAME_FROM_CONTENT.has(role) ? visibleText(el) : '';
  if (content) return { name: content, source: 'content' };
  const title = clip(el.getAttribute('title') ?? '');
  if (title) return { name: title, source: 'title' };
  const placeholder = clip(el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder') ?? '');
  if (placeholder) return { name: placeholder, source: 'placeholder' };
  return { name: '', source: 'none' };
}

/** The first child element with this tag (a fieldset's legend, a details' summary), stopping as soon as found. */
export function firstChildNamed(parent: Element, localName: string): Element | undefined {
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === localName) return child;
  }
  return undefined;
}

/**
 * The question a radio group answers: the legend of its fieldset, or the name of its role=radiogroup; empty when
 * neither is there.
 */
export function groupLabel(el: Element): string {
  const group = el.closest('fieldset, [role="radiogroup"]');
  if (!group) return '';
  if (group.localName === 'fieldset') {
    const legend = firstChildNamed(group, 'legend');
    return legend ? visibleText(legend) : '';
  }
  return clip(labelledByOf(group).map(textOfReference).join(' ')) || clip(group.getAttribute('aria-label') ?? '');
}
