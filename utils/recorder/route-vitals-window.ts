import type { PageTiming } from '../model/page-timing';
import { clsOf, entriesSince, inpOf, type EventTimingLike, type LayoutShiftLike } from '../measure/route-vitals';

/** Entries kept for route windows; a long single-page-app visit drops its oldest ones. */
const MAX_ENTRIES = 1_000;
/** web-vitals' threshold for the event entries INP is taken from. */
const EVENT_THRESHOLD_MS = 40;

type Observe = (observer: PerformanceObserver, options: PerformanceObserverInit) => void;

/**
 * Keeps the page's layout shifts and interactions, so that each single-page-app route gets CLS and INP of its own
 * window (web-vitals gives one value per document, which stays with the touchpoint where the document loaded).
 */
export function watchRouteVitals(observe: Observe = (o, options) => o.observe(options)) {
  const shifts: LayoutShiftLike[] = [];
  const events: EventTimingLike[] = [];
  const keep = <T>(list: T[], entries: T[]) => {
    list.push(...entries);
    if (list.length > MAX_ENTRIES) list.splice(0, list.length - MAX_ENTRIES);
  };
  const observers: PerformanceObserver[] = [];
  const supported = PerformanceObserver.supportedEntryTypes ?? [];
  if (supported.includes('layout-shift')) {
    const o = new PerformanceObserver((list) => keep(shifts, list.getEntries() as unknown as LayoutShiftLike[]));
    observe(o, { type: 'layout-shift', buffered: true });
    observers.push(o);
  }
  if (supported.includes('event')) {
    const o = new PerformanceObserver((list) => keep(events, list.getEntries() as unknown as EventTimingLike[]));
    observe(o, { type: 'event', buffered: true, durationThreshold: EVENT_THRESHOLD_MS } as PerformanceObserverInit);
    observers.push(o);
  }
  return {
    /** CLS and INP of the window that began at `start` (performance time). */
    since(start: number): PageTiming {
      const { cls, element } = clsOf(entriesSince(shifts, start));
      const inp = inpOf(entriesSince(events, start));
      return {
        cls: Math.round(cls * 10_000) / 10_000,
        ...(element ? { clsElement: element } : {}),
        ...(inp ? { inpMs: Math.round(inp.inpMs), ...(inp.target ? { inpTarget: inp.target } : {}) } : {}),
      };
    },
    stop: () => observers.forEach((o) => o.disconnect()),
  };
}
