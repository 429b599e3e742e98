import type { Box, Layout } from '../measure/layout';

/** More boxes than this are not sent: a page with thousands of visible fields is painted over by the first ones. */
export const MAX_EDITABLE_BOXES = 2_000;

export interface EditableOptions {
  /** The Layout of the top document and of each same-origin frame's document (frame coordinates are its own). */
  layoutOf: (doc: Document) => Layout;
  /** Defaults to `host.shadowRoot` (open roots). */
  shadowRootOf?: (host: Element) => ShadowRoot | null;
}

const MAX_NESTING = 16;

/** Elements whose pixels may show what the customer typed or chose: never stored in a screenshot. */
function isEditable(el: Element): boolean {
  const name = el.localName;
  if (name === 'textarea' || name === 'select') return true;
  if (name === 'input') return (el.getAttribute('type') ?? '').trim().toLowerCase() !== 'hidden';
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.trim().toLowerCase() !== 'false';
}

function frameDocument(frame: Element): Document | null {
  try {
    const doc = (frame as HTMLIFrameElement).contentDocument;
    return doc?.documentElement ? doc : null;
  } catch {
    return null; // another origin's document: some browsers throw, others return null
  }
}

function isDrawn(el: Element, layout: Layout): boolean {
  const style = layout.style(el);
  return style.display !== 'none' && style.visibility !== 'hidden' && style.visibility !== 'collapse';
}

function intersectsViewport(box: Box, viewport: { width: number; height: number }): boolean {
  return (
    box.width > 0 &&
    box.height > 0 &&
    box.x < viewport.width &&
    box.y < viewport.height &&
    box.x + box.width > 0 &&
    box.y + box.height > 0
  );
}

/** Where a frame's document starts inside the frame element: after its border and padding. */
function contentOrigin(frame: Element, layout: Layout): { x: number; y: number } {
  const box = layout.rect(frame);
  const style = layout.style(frame);
  const px = (value: string) => Number.parseFloat(value) || 0;
  return {
    x: box.x + px(style.borderLeftWidth) + px(style.paddingLeft),
    y: box.y + px(style.borderTopWidth) + px(style.paddingTop),
  };
}

/**
 * The boxes (top viewport coordinates, CSS pixels) of every drawn input, textarea, select and editable element in
 * the viewport, in open (or opened) shadow roots and same-origin frames too, and of every frame whose document
 * cannot be read: another origin's frame (a payment provider's card field) may hold typed data that no script can
 * see, so all of it is painted over. Reads markup and layout only, never a value.
 */
export function editableBoxes(doc: Document, options: EditableOptions): Box[] {
  const boxes: Box[] = [];
  const shadowRootOf = options.shadowRootOf ?? ((host: Element) => host.shadowRoot);
  const topViewport = options.layoutOf(doc).viewport();

  const add = (el: Element, layout: Layout, offset: { x: number; y: number }): Box | undefined => {
    const own = layout.rect(el);
    const box = { x: own.x + offset.x, y: own.y + offset.y, width: own.width, height: own.height };
    return intersectsViewport(box, topViewport) && isDrawn(el, layout) ? box : undefined;
  };
  const walk = (root: Document | ShadowRoot, layout: Layout, offset: { x: number; y: number }, depth: number) => {
    for (const el of root.querySelectorAll('*')) {
      if (boxes.length >= MAX_EDITABLE_BOXES) return;
      if (el.localName === 'iframe' || el.localName === 'frame') {
        const box = add(el, layout, offset);
        const inner = box && frameDocument(el);
        if (inner && depth < MAX_NESTING) {
          const origin = contentOrigin(el, layout);
          walk(inner, options.layoutOf(inner), { x: offset.x + origin.x, y: offset.y + origin.y }, depth + 1);
        } else if (box) boxes.push(box);
        continue;
      }
      if (isEditable(el)) {
        const box = add(el, layout, offset);
        if (box) boxes.push(box);
        continue;
      }
      const shadow = shadowRootOf(el);
      if (shadow && depth < MAX_NESTING) walk(shadow, layout, offset, depth + 1);
    }
  };
  walk(doc, options.layoutOf(doc), { x: 0, y: 0 }, 0);
  return boxes;
}
