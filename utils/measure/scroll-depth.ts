/**
 * Excessive scrolling. Microsoft Clarity flags a session when it "has higher amounts of vertical scrolling activity
 * in opposite directions (up and down) than the expected average for a given page" (Clarity docs, semantic metrics,
 * 2024): searching up and down for something the page does not show where it is expected. With one visit there is
 * no average to compare with, so Shopwalk fixes the expectation: more than 6 changes of direction (a change counts once
 * the customer has moved half a viewport the other way, so that a nudge back is not one), or a scrolled distance of more than 3 page heights
 * (reading a page down and back up once is about 2).
 */
export const EXCESSIVE_SCROLL = { reversals: 6, pageHeights: 3, minRunViewports: 0.5 } as const;

export interface ScrollSample {
  y: number;
  viewportHeight: number;
  scrollHeight: number;
}

export interface ScrollState {
  depth: number;
  distancePx: number;
  reversals: number;
  /** The position of the last sample; undefined before the first. */
  lastY: number | undefined;
  /** The direction the customer is scrolling in: -1 up, 1 down, 0 not yet moved. */
  direction: -1 | 0 | 1;
  /** Pixels moved against `direction` since it was last confirmed; a turn counts once they reach half a viewport. */
  againstPx: number;
  pageHeight: number;
  viewportHeight: number;
}

export function emptyScroll(): ScrollState {
  return {
    depth: 0,
    distancePx: 0,
    reversals: 0,
    lastY: undefined,
    direction: 0,
    againstPx: 0,
    pageHeight: 0,
    viewportHeight: 0,
  };
}

/** The fraction of the page seen down to the bottom of the viewport; a page no taller than its viewport is seen whole. */
export function scrollFraction({ y, viewportHeight, scrollHeight }: ScrollSample): number {
  if (scrollHeight <= 0 || scrollHeight <= viewportHeight) return 1;
  return Math.min(1, Math.max(0, (Math.max(0, y) + viewportHeight) / scrollHeight));
}

/** The state after one more sample of the scroll position. */
export function addScrollSample(state: ScrollState, sample: ScrollSample): ScrollState {
  const next = {
    ...state,
    depth: Math.max(state.depth, scrollFraction(sample)),
    pageHeight: Math.max(state.pageHeight, sample.scrollHeight),
    viewportHeight: sample.viewportHeight,
    lastY: sample.y,
  };
  if (state.lastY === undefined || sample.y === state.lastY) return next;
  const delta = sample.y - state.lastY;
  const direction = delta > 0 ? 1 : -1;
  next.distancePx = state.distancePx + Math.abs(delta);
  if (state.direction === 0) return { ...next, direction, againstPx: 0 };
  if (direction === state.direction) return { ...next, againstPx: 0 };
  const againstPx = state.againstPx + Math.abs(delta);
  if (againstPx < EXCESSIVE_SCROLL.minRunViewports * sample.viewportHeight) return { ...next, againstPx };
  return { ...next, direction, againstPx: 0, reversals: state.reversals + 1 };
}

export function isExcessiveScroll(state: ScrollState): boolean {
  return (
    state.reversals > EXCESSIVE_SCROLL.reversals ||
    (state.pageHeight > 0 && state.distancePx > EXCESSIVE_SCROLL.pageHeights * state.pageHeight)
  );
}
