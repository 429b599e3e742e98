import { firstChildNamed } from './accessible-name';
import { overlapArea, type Box, type Layout } from './layout';

/**
 * How an element is drawn. `not-rendered`: nobody can see or reach it (display:none on it or an ancestor,
 * visibility hidden/collapse, the `hidden` attribute, a closed <details> outside its summary, a closed <dialog>,
 * an `inert` or `aria-hidden="true"` element or ancestor, content-visibility:hidden, or an ancestor of zero width
 * or height that clips its overflow). `visually-hidden`: rendered but not visible: 1 px or smaller in either
 * direction, entirely outside the page, or at opacity 0 (its own or an ancestor's). Whether a visually hidden
 * field is a honeypot or a custom-styled control is decided by the caller (see `honeypot.ts`).
 */
export type Rendering = 'shown' | 'not-rendered' | 'visually-hidden';

interface Inherited {
  hidden: boolean;
  transparent: boolean;
}
const SHOWN: Inherited = { hidden: false, transparent: false };

/** The parent in the flattened tree: a slotted element's slot, else its parent, else its shadow root's host. */
export function flatParent(el: Element): Element | null {
  const slot = (el as Partial<HTMLElement>).assignedSlot;
  if (slot) return slot;
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode as (Node & { host?: Element }) | null;
  return parent?.nodeType === 11 && parent.host ? parent.host : null;
}

function hiddenByAttributes(el: Element): boolean {
  // The `hidden` attribute is taken at its word: the UA style sheet's display:none can be overridden by a page,
  // but that is rare, and happy-dom (our unit-test DOM) applies no UA style sheet at all.
  return (
    el.hasAttribute('hidden') ||
    el.hasAttribute('inert') ||
    el.getAttribute('aria-hidden')?.trim().toLowerCase() === 'true' ||
    (el.localName === 'dialog' && !el.hasAttribute('open'))
  );
}

function hiddenByStyle(style: CSSStyleDeclaration): boolean {
  return style.display === 'none' || style.getPropertyValue('content-visibility') === 'hidden';
}

function closedDetailsHides(parent: Element | null, child: Element): boolean {
  if (parent?.localName !== 'details' || parent.hasAttribute('open')) return false;
  return firstChildNamed(parent, 'summary') !== child;
}

const isTransparent = (style: CSSStyleDeclaration) => style.opacity !== '' && Number(style.opacity) === 0;
const clips = (style: CSSStyleDeclaration) =>
  [style.overflow, style.overflowX, style.overflowY].some((v) => !!v && v !== 'visible');

/**
 * A judge of rendering for one document, caching what it learns about ancestors so that judging every field of
 * a page reads each ancestor's style at most once (no quadratic walks on pages with thousands of fields).
 */
export function createVisibility(doc: Document, layout: Layout): (el: Element) => Rendering {
  const cache = new Map<Element, Inherited>();
  const view = doc.defaultView;
  const { width, height, scrollWidth, scrollHeight } = layout.viewport();
  const page: Box = {
    x: -(view?.scrollX ?? 0),
    y: -(view?.scrollY ?? 0),
    width: Math.max(width, scrollWidth),
    height: Math.max(height, scrollHeight),
  };

  function ancestorState(top: Element | null): Inherited {
    const path: Element[] = [];
    let e = top;
    while (e && !cache.has(e)) {
      path.push(e);
      e = flatParent(e);
    }
    let inherited = e ? cache.get(e)! : SHOWN;
    for (let i = path.length - 1; i >= 0; i--) {
      const node = path[i]!;
      let hidden = inherited.hidden || hiddenByAttributes(node) || closedDetailsHides(flatParent(node), node);
      let transparent = inherited.transparent;
      if (!hidden) {
        const style = layout.style(node);
        const box = clips(style) ? layout.rect(node) : undefined;
        hidden = hiddenByStyle(style) || (!!box && (box.width === 0 || box.height === 0));
        transparent ||= isTransparent(style);
      }
      inherited = { hidden, transparent };
      cache.set(node, inherited);
    }
    return inherited;
  }

  return (el) => {
    const parent = flatParent(el);
    const inherited = ancestorState(parent);
    if (inherited.hidden || hiddenByAttributes(el) || closedDetailsHides(parent, el)) return 'not-rendered';
    const style = layout.style(el);
    if (hiddenByStyle(style) || style.visibility === 'hidden' || style.visibility === 'collapse') {
      return 'not-rendered';
    }
    const box = layout.rect(el);
    const tiny = box.width <= 1 || box.height <= 1;
    if (tiny || inherited.transparent || isTransparent(style) || overlapArea(box, page) === 0) {
      return 'visually-hidden';
    }
    return 'shown';
  };
}
