import { openShadowRoot } from '../recorder/shadow-roots';
import { pageLayout, type Box } from '../measure/layout';
import type { PickerReport } from '../messages';
import { describePicked, nameOf, roleOf } from './describe-picked';
import { editableBoxes } from './editable-rects';
import { createOverlay, elementAt } from './overlay';

export interface PickerOptions {
  requestId: string;
  /** The hint line, in the auditor's language (the background translates it). */
  hint: string;
}

/** What the page's handlers must not see while the auditor picks: every pointer, mouse and touch event. */
const SWALLOWED = [
  'pointerdown',
  'pointerup',
  'pointermove',
  'pointerover',
  'pointerout',
  'pointerenter',
  'pointerleave',
  'pointercancel',
  'mousedown',
  'mouseup',
  'mousemove',
  'mouseover',
  'mouseout',
  'mouseenter',
  'mouseleave',
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'touchstart',
  'touchmove',
  'touchend',
  'touchcancel',
] as const;

const boxOf = (el: Element): Box => {
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
};

/** Waits until the browser has painted a frame without the overlay (two animation frames), or 200 ms at most. */
function afterRepaint(win: Window): Promise<void> {
  return new Promise((resolve) => {
    const timer = win.setTimeout(resolve, 200);
    win.requestAnimationFrame(() =>
      win.requestAnimationFrame(() => {
        win.clearTimeout(timer);
        resolve();
      }),
    );
  });
}

/** What the background needs about the picked element and the page, measured once the overlay is gone. */
function measurePick(doc: Document, element: Element, requestId: string): PickerReport {
  const win = doc.defaultView!;
  return {
    type: 'picker/picked',
    requestId,
    element: describePicked(element),
    box: boxOf(element),
    editables: editableBoxes(doc, { layoutOf: pageLayout, shadowRootOf: openShadowRoot }),
    devicePixelRatio: win.devicePixelRatio || 1,
    viewport: { width: Math.max(1, Math.round(win.innerWidth)), height: Math.max(1, Math.round(win.innerHeight)) },
  };
}

/**
 * Lets the auditor pick an element: hover highlights, a click picks, Escape cancels. Events on the overlay are
 * stopped in the capture phase at the window, so the page's handlers (except capture listeners on window that were
 * there before the picker) never see them; a press does not move the page's focus. Resolves with the report to
 * send once the overlay is removed and a frame without it is painted; `signal` ends the picking silently.
 */
export function runPicker(
  doc: Document,
  options: PickerOptions,
  signal: AbortSignal,
): Promise<PickerReport | undefined> {
  const win = doc.defaultView!;
  const overlay = createOverlay(doc, options.hint);
  const listening = new AbortController();
  const on = { capture: true, signal: listening.signal } as const;
  let last: { x: number; y: number } | undefined;

  return new Promise<PickerReport | undefined>((resolve) => {
    /** An element picked, `cancel` (Escape: the background hears of it) or `stop` (the background asked). */
    const finish = (end: Element | 'cancel' | 'stop') => {
      if (listening.signal.aborted) return;
      listening.abort();
      overlay.remove();
      if (end === 'stop') return resolve(undefined);
      if (end === 'cancel') return resolve({ type: 'picker/cancelled', requestId: options.requestId });
      void afterRepaint(win).then(() => resolve(measurePick(doc, end, options.requestId)));
    };
    const show = (x: number, y: number) => {
      last = { x, y };
      const el = elementAt(doc, x, y, overlay.host);
      overlay.highlight(el && boxOf(el), el ? [roleOf(el), nameOf(el)].filter(Boolean).join(' · ').slice(0, 80) : '');
    };
    for (const type of SWALLOWED) {
      win.addEventListener(
        type,
        (event) => {
          if (event.target !== overlay.host) return;
          event.stopImmediatePropagation();
          if (event.cancelable && type !== 'touchmove') event.preventDefault(); // no focus change, no menu, no click
          const point = event as MouseEvent;
          if (type === 'pointermove' || type === 'mousemove') show(point.clientX, point.clientY);
          if (type !== 'click' || point.button !== 0) return;
          const picked = elementAt(doc, point.clientX, point.clientY, overlay.host);
          if (picked) finish(picked);
        },
        on,
      );
    }
    win.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape') return;
        event.stopImmediatePropagation();
        event.preventDefault();
        finish('cancel');
      },
      on,
    );
    // The page scrolls under the overlay (the wheel is left alone): what lies under the pointer changes.
    win.addEventListener('scroll', () => last && show(last.x, last.y), { passive: true, signal: listening.signal });
    if (signal.aborted) finish('stop');
    else signal.addEventListener('abort', () => finish('stop'), { once: true });
  });
}
