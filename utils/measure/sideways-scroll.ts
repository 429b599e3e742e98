import type { SidewaysScrollCheck } from '../model/phone-check';
import { elementSelector } from './describe-element';
import type { Layout } from './layout';

/** Elements whose box is read at most while looking for the one that sticks out. */
const MAX_ELEMENTS = 3_000;
/** Sub-pixel rounding makes scrollWidth exceed the width by a pixel on pages that do not scroll. */
const TOLERANCE_PX = 1;

/**
 * The element reaching furthest right past the viewport, in document order, so a wide wrapper is named before the
 * child that makes it wide. Subtrees that cannot widen the page are skipped: inside an element that clips or
 * scrolls its own overflow (a carousel track), fixed-position layers, and what is not displayed.
 */
function findWidest(body: Element, layout: Layout, limit: number): Element | undefined {
  let widest: Element | undefined;
  let right = limit;
  const stack: Element[] = [body];
  for (let visited = 0; stack.length > 0 && visited < MAX_ELEMENTS; visited++) {
    const element = stack.pop()!;
    const style = layout.style(element);
    if (style.display === 'none' || style.position === 'fixed') continue;
    const box = layout.rect(element);
    if (box.x + box.width > right) {
      right = box.x + box.width;
      widest = element;
    }
    const clips = style.overflowX !== '' && style.overflowX !== 'visible';
    if (!clips) for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
  }
  return widest;
}

/** Whether the page scrolls sideways in its viewport, by how much, and what sticks out. Reads layout: idle time only. */
export function checkSidewaysScroll(doc: Document, layout: Layout): SidewaysScrollCheck {
  const { width, scrollWidth } = layout.viewport();
  const overflowPx = Math.max(0, Math.round(scrollWidth - width));
  const overflows = scrollWidth - width > TOLERANCE_PX;
  const widest = overflows && doc.body ? findWidest(doc.body, layout, width + TOLERANCE_PX) : undefined;
  return {
    overflows,
    overflowPx,
    viewportWidth: Math.round(width),
    ...(widest ? { widestElement: elementSelector(widest) || widest.localName } : {}),
  };
}
