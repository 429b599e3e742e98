import type { Box, Layout } from './layout';

const DEFAULT_BOX: Box = { x: 0, y: 0, width: 120, height: 32 };

/**
 * A Layout for unit tests in happy-dom, which lays nothing out. An element's box is read from its `data-box`
 * attribute ("x y width height", viewport pixels); without one it is a visible 120 x 32 box at the top left.
 * Styles come from happy-dom's getComputedStyle (inline styles and <style> sheets), so `display: none`,
 * `visibility: hidden` and `opacity: 0` work as written in the fixture.
 */
export function fakeLayout(
  doc: Document,
  viewport: { width: number; height: number; scrollWidth?: number; scrollHeight?: number } = {
    width: 1280,
    height: 800,
  },
): Layout {
  const view = doc.defaultView!;
  return {
    rect(element) {
      const box = element.getAttribute('data-box');
      if (!box) return DEFAULT_BOX;
      const [x = 0, y = 0, width = 0, height = 0] = box.trim().split(/\s+/).map(Number);
      return { x, y, width, height };
    },
    style: (element) => view.getComputedStyle(element),
    viewport: () => ({
      width: viewport.width,
      height: viewport.height,
      scrollWidth: viewport.scrollWidth ?? viewport.width,
      scrollHeight: viewport.scrollHeight ?? viewport.height,
    }),
  };
}
