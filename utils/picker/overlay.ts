import type { Box } from '../measure/layout';

/** The picker's host element; a custom element name no page defines, so the page's styles and scripts pass it by. */
export const OVERLAY_TAG = 'shopwalk-picker';

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  inset: '0',
  'z-index': '2147483647',
  cursor: 'crosshair',
  // The overlay draws nothing over the page but the highlight and the hint: the page stays as it looks.
  background: 'transparent',
};

// Sizes in px, not rem: the overlay must look the same whatever the shop sets as its root font size.
const SHADOW_CSS = `
  .box { position: fixed; pointer-events: none; box-sizing: border-box; border: 2px solid #dc2626;
    background: rgb(220 38 38 / 0.12); outline: 1px solid #fff; display: none; }
  .tag { position: absolute; left: -2px; bottom: 100%; max-width: 360px; overflow: hidden; white-space: nowrap;
    text-overflow: ellipsis; font: 12px/18px system-ui, sans-serif; color: #fff; background: #dc2626; padding: 0 6px; }
  .hint { position: fixed; left: 50%; bottom: 16px; transform: translateX(-50%); pointer-events: none;
    font: 14px/20px system-ui, sans-serif; color: #fff; background: #1e293b; padding: 8px 14px; border-radius: 6px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.3); max-width: 90vw; }
`;

export interface Overlay {
  host: HTMLElement;
  /** Draws the highlight around `box` with a short `label`, or hides it. */
  highlight(box: Box | undefined, label: string): void;
  remove(): void;
}

/**
 * The picker's overlay: one host element covering the viewport, its content in a closed shadow root (the page
 * can neither style nor read it), with a highlight box and a hint line. Fixed position: nothing in the page moves.
 */
export function createOverlay(doc: Document, hint: string): Overlay {
  const host = doc.createElement(OVERLAY_TAG);
  for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  const box = doc.createElement('div');
  box.className = 'box';
  const tag = doc.createElement('div');
  tag.className = 'tag';
  box.append(tag);
  const hintLine = doc.createElement('div');
  hintLine.className = 'hint';
  hintLine.setAttribute('role', 'status');
  hintLine.textContent = hint;
  root.append(style, box, hintLine);
  doc.documentElement.append(host);
  return {
    host,
    highlight(target, label) {
      box.style.display = target ? 'block' : 'none';
      if (!target) return;
      Object.assign(box.style, {
        left: `${target.x}px`,
        top: `${target.y}px`,
        width: `${target.width}px`,
        height: `${target.height}px`,
      });
      tag.textContent = label;
      tag.style.display = label ? 'block' : 'none';
      // Near the top edge, the label goes inside the box, where it can be read.
      tag.style.bottom = target.y < 20 ? 'auto' : '100%';
      tag.style.top = target.y < 20 ? '0' : 'auto';
    },
    remove: () => host.remove(),
  };
}

/**
 * The page's element under a point, below the overlay, and through open shadow roots down to the innermost one.
 * `elementsFromPoint` lists the overlay first (it covers the viewport), so it is skipped, not hidden: hiding it
 * while the pointer moves would let the page see hover changes. Undefined over the page's bare background.
 */
export function elementAt(doc: Document, x: number, y: number, overlay: Element): Element | undefined {
  // The page itself (html, body) is no element to flag: a click there picks nothing.
  let found = doc.elementsFromPoint(x, y).find((e) => e !== overlay && e !== doc.body && e !== doc.documentElement);
  for (let depth = 0; found?.shadowRoot && depth < 16; depth++) {
    const root = found.shadowRoot;
    const inner = root.elementsFromPoint(x, y).find((e) => e !== found && root.contains(e));
    if (!inner) break;
    found = inner;
  }
  return found;
}
