import type { Interruption, InterruptionKind } from '../model/interruption';
import { MAX_INTERRUPTIONS } from '../model/limits';
import { elementSelector } from './describe-element';
import type { Layout } from './layout';
import {
  containsAcrossShadow,
  createVisibility,
  findOverlays,
  overlayLabel,
  viewportCoverage,
  type OverlayCandidate,
} from './overlays';

export interface InterruptionTrackerEnv {
  doc: Document;
  layout: Layout;
  /** The recorder's clock, epoch ms. */
  now(): number;
  /** The snapshot changed (an interruption appeared or was dismissed); called from `scan` only. */
  onChange(): void;
}

export interface InterruptionTracker {
  /** Nodes the page added, from the shared MutationObserver: only remembered (with the time), nothing is read. */
  noteAdded(nodes: Iterable<Node>): void;
  /** A click of the customer's. With its target, a click inside an interruption the customer did not ask for
   * (closing the cookie banner) does not count as asking for the overlay that follows it. */
  noteClick(at: number, target?: Element | null): void;
  /** Idle-time look at the page: records overlays that appeared and marks those removed or hidden as dismissed. */
  scan(): void;
  snapshot(): Interruption[];
  /** A new touchpoint window (single-page-app route): the list starts again with the overlays still open, marked
   * `carriedOver`, so that their dismissal is still timed where the customer now is but they are counted once. */
  reset(): void;
  stop(): void;
}

/** An overlay that opens within this long after a click was asked for by it (the click's own reaction). */
export const ASKED_FOR_WITHIN_MS = 1_000;
const MAX_PENDING = 500;
/** Inserted nodes are remembered this long, so an overlay that fades in (opacity 0 at the first scan) still gets
 * its insertion time. */
const PENDING_MS = 3_000;
const MAX_CLICKS = 10;
const SIMPLE_ID = /^[A-Za-z][\w-]{0,63}$/;

interface Tracked {
  element: Element;
  record: Interruption;
}

interface Click {
  at: number;
  target: Element | null;
}

/**
 * Menus, list boxes, tooltips and layers opened from the site's header or navigation, or by a control that says it
 * expanded them: they open on the customer's hover, focus or typing, which this tracker does not see as clicks.
 */
function opensOnRequest(element: Element, kind: InterruptionKind): boolean {
  if (kind !== 'popup' && kind !== 'modal') return false;
  if (element.matches('[role="menu"], [role="menubar"], [role="listbox"], [role="tooltip"]')) return true;
  if (element.closest('header, nav, [role="banner"], [role="navigation"]')) return true;
  const id = element.id;
  return SIMPLE_ID.test(id) && !!element.ownerDocument.querySelector(`[aria-expanded="true"][aria-controls~="${id}"]`);
}

function record(overlay: OverlayCandidate, appearedAt: number, askedFor: boolean): Interruption {
  return {
    kind: overlay.kind,
    selector: elementSelector(overlay.element),
    label: overlayLabel(overlay.element),
    coverage: overlay.coverage,
    appearedAt: Math.round(appearedAt),
    askedFor,
    coversContent: overlay.coverage > 0.3 || overlay.modal,
    carriedOver: false,
  };
}

/**
 * Follows the interruptions of one page: overlays that appear (found by `findOverlays` in idle time, among them
 * the nodes the page inserted), how much they cover, whether the customer asked for them and when they go. An
 * overlay's appearance is the time its node was inserted when the MutationObserver saw that, else the time of the
 * scan that first saw it (an overlay shown by a class change); a dismissal is timed by the scan that noticed it.
 */
export function startInterruptionTracker(env: InterruptionTrackerEnv): InterruptionTracker {
  let stopped = false;
  /** This window's interruptions with their elements, open and dismissed; the snapshot is their records. */
  let tracked: Tracked[] = [];
  let lastScanAt = env.now();
  const pending = new Map<Element, number>();
  const clicks: Click[] = [];
  const isOpen = (t: Tracked) => t.record.dismissedAt === undefined;

  /** When the overlay's node (or its container, or its content) was inserted; forgets those nodes, so that a
   * later reappearance of the same overlay is timed by its own scan. */
  function takeInsertedAt(element: Element): number | undefined {
    let earliest: number | undefined;
    for (const [node, at] of pending) {
      if (node !== element && !containsAcrossShadow(element, node) && !containsAcrossShadow(node, element)) continue;
      if (earliest === undefined || at < earliest) earliest = at;
      pending.delete(node);
    }
    return earliest;
  }

  /** A click that could have opened it: inside the 1 s before it appeared (before the scan window, if it was not
   * seen inserted), and not on an interruption the customer did not ask for (its close or accept button). */
  function askedFor(overlay: OverlayCandidate, appearedAt: number, seenInserted: boolean): boolean {
    if (opensOnRequest(overlay.element, overlay.kind)) return true;
    const from = (seenInserted ? appearedAt : lastScanAt) - ASKED_FOR_WITHIN_MS;
    const onInterruption = (target: Element | null) =>
      !!target && tracked.some((t) => !t.record.askedFor && containsAcrossShadow(t.element, target));
    return clicks.some((click) => click.at >= from && click.at <= appearedAt && !onInterruption(click.target));
  }

  function closeGone(now: number): Tracked[] {
    const visibility = createVisibility(env.layout, env.doc.defaultView?.scrollY ?? 0);
    // A fixed drawer slid out of the viewport is closed too; an absolute one may just have scrolled away.
    const closed = (e: Element) =>
      !e.isConnected || !visibility.shown(e) || (visibility.fixed(e) && viewportCoverage(e, env.layout) === 0);
    const gone = tracked.filter((t) => isOpen(t) && closed(t.element));
    for (const t of gone) t.record.dismissedAt = Math.max(Math.round(now), t.record.appearedAt);
    return gone;
  }

  /** Frameworks re-render an open modal into a new node: the same kind at the same place is the same overlay. */
  function rebind(gone: Tracked[], overlay: OverlayCandidate): boolean {
    const selector = elementSelector(overlay.element);
    const same = gone.find((t) => t.record.kind === overlay.kind && t.record.selector === selector);
    if (!same) return false;
    delete same.record.dismissedAt;
    same.element = overlay.element;
    gone.splice(gone.indexOf(same), 1);
    return true;
  }

  function admit(overlay: OverlayCandidate, now: number, gone: Tracked[]): boolean {
    const known = tracked.find(
      (t) =>
        isOpen(t) &&
        (containsAcrossShadow(t.element, overlay.element) || containsAcrossShadow(overlay.element, t.element)),
    );
    if (known) {
      known.record.coverage = Math.max(known.record.coverage, overlay.coverage);
      known.record.coversContent ||= overlay.coverage > 0.3 || overlay.modal;
      return false;
    }
    if (rebind(gone, overlay) || tracked.length >= MAX_INTERRUPTIONS) return false;
    const inserted = takeInsertedAt(overlay.element);
    const appearedAt = inserted ?? now;
    const entry = record(overlay, appearedAt, askedFor(overlay, appearedAt, inserted !== undefined));
    tracked.push({ element: overlay.element, record: entry });
    return true;
  }

  return {
    noteAdded(nodes) {
      if (stopped) return;
      const at = env.now();
      for (const node of nodes) {
        if (pending.size >= MAX_PENDING) return; // The scan's own queries still find the overlay, timed by the scan.
        if (node.nodeType === 1 && !pending.has(node as Element)) pending.set(node as Element, at);
      }
    },
    noteClick(at, target = null) {
      if (stopped) return;
      clicks.push({ at, target });
      if (clicks.length > MAX_CLICKS) clicks.shift();
    },
    scan() {
      if (stopped) return;
      const now = env.now();
      const gone = closeGone(now);
      let changed = gone.length > 0;
      const extra = [...pending.keys()].filter((e) => e.isConnected);
      for (const overlay of findOverlays(env.doc, env.layout, extra)) changed = admit(overlay, now, gone) || changed;
      for (const [node, at] of pending) if (now - at > PENDING_MS || !node.isConnected) pending.delete(node);
      lastScanAt = now;
      if (changed) env.onChange();
    },
    snapshot: () => tracked.map((t) => ({ ...t.record })).sort((a, b) => a.appearedAt - b.appearedAt),
    reset() {
      tracked = tracked.filter(isOpen).map((t) => ({ element: t.element, record: { ...t.record, carriedOver: true } }));
    },
    stop() {
      stopped = true;
      tracked = [];
      pending.clear();
      clicks.length = 0;
    },
  };
}
