import type { Interaction } from '../model/interaction';

export function emptyInteraction(): Interaction {
  return {
    clicks: 0,
    rageClicks: [],
    deadClicks: [],
    keystrokes: 0,
    scrollDepth: 0,
    scrollDistancePx: 0,
    scrollReversals: 0,
    excessiveScroll: false,
    validationErrors: [],
    jsErrors: { count: 0, examples: [] },
    failedRequests: { count: 0, examples: [] },
    pasteBlocked: [],
  };
}
