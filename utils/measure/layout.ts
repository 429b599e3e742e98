/**
 * What detectors may ask about where and how an element is drawn. Detectors take it as a parameter so that they
 * stay pure over a Document and can be tested in happy-dom (which has no layout) with a fake that says where each
 * element is. In the page, `pageLayout` answers from the browser; detectors call it only in idle time, never on the
 * mutation path (style and layout reads there would force the page to lay out again).
 */
export interface Layout {
  /** The element's border box in viewport coordinates, as `getBoundingClientRect()` gives it. */
  rect(element: Element): Box;
  style(element: Element): CSSStyleDeclaration;
  viewport(): { width: number; height: number; scrollWidth: number; scrollHeight: number };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function pageLayout(doc: Document): Layout {
  const view = doc.defaultView!;
  return {
    rect: (element) => element.getBoundingClientRect(),
    style: (element) => view.getComputedStyle(element),
    viewport: () => ({
      width: doc.documentElement.clientWidth || view.innerWidth,
      height: doc.documentElement.clientHeight || view.innerHeight,
      scrollWidth: doc.documentElement.scrollWidth,
      scrollHeight: doc.documentElement.scrollHeight,
    }),
  };
}

/** The area two boxes share, in square pixels. */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
