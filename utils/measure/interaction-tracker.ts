import type { DeadClick, FailedRequest, Interaction, RageClick, ValidationErrorKind } from '../model/interaction';
import { MAX_EXAMPLES } from '../model/limits';
import { emptyInteraction } from './empty-interaction';
import {
  DEAD_CLICK_MS,
  interactiveByMarkup,
  isDeadClick,
  isOutsideDeadClickWatch,
  looksInteractive,
  type DeadClickCandidate,
} from './dead-clicks';
import { elementLabel, elementSelector } from './describe-element';
import { failedElementUrl, failedRequestOf, stripQuery, type ResourceEntryLike } from './failed-requests';
import { PAGE_ERROR_EVENT, pageErrorMessage } from './js-errors';
import { pageLayout, type Layout } from './layout';
import { burstEnded, findRageClick, isRageExempt, RAGE_CLICK, rageClickCount, type ClickPoint } from './rage-clicks';
import { addScrollSample, emptyScroll, isExcessiveScroll, type ScrollState } from './scroll-depth';
import {
  collectShownErrors,
  isShownByStyle,
  isSubmitControl,
  shownErrorKey,
  VALIDATION_WATCH_MS,
  validityProblems,
  errorKey,
} from './validation-errors';

/** What the content script gives the tracker: its document and WXT's `ctx` wrappers, so a reload leaves nothing. */
export interface InteractionTrackerEnv {
  doc: Document;
  /** Milliseconds since the epoch (`Date.now`); stored as each signal's `at`. */
  now(): number;
  /** `ctx.addEventListener`; the tracker always passes `{ passive: true }` and sometimes `capture`. */
  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
  /** `ctx.setTimeout`. */
  setTimeout(fn: () => void, ms: number): number;
  /** `ctx.requestAnimationFrame`; without it scroll is read at most every 100 ms. */
  requestAnimationFrame?(fn: () => void): number;
  /** Called when the snapshot changed; the content script debounces sending it. */
  onChange(): void;
  /** Where viewport and page sizes are read; the page's own by default (tests pass `fakeLayout`). */
  layout?: Layout;
}

export interface InteractionTracker {
  /** Called by the shared MutationObserver once per batch: O(1), reads nothing. */
  noteMutation(): void;
  snapshot(): Interaction;
  /** The fields where a paste was seen cancelled, without a snapshot's copy and scroll read. */
  pasteBlocked(): readonly string[];
  /** Starts a new touchpoint window (a single-page-app route): every count starts again. */
  reset(): void;
  /** Stops measuring; `ctx` removes the listeners when the content script ends. */
  stop(): void;
}

/** What one touchpoint window has seen. */
interface WindowState {
  result: Interaction;
  burst: ClickPoint[];
  /** The burst's first click's element, described once the burst has a second click. */
  burstElement: Element | undefined;
  burstTarget: { selector: string; label: string };
  lastDeadClickAt: number;
  scroll: ScrollState;
  errorKeys: Set<string>;
  failedByUrl: Map<string, FailedRequest>;
}

function newWindow(): WindowState {
  return {
    result: emptyInteraction(),
    burst: [],
    burstElement: undefined,
    burstTarget: { selector: '', label: '' },
    lastDeadClickAt: -Infinity,
    scroll: emptyScroll(),
    errorKeys: new Set(),
    failedByUrl: new Map(),
  };
}

const push = <T>(list: T[], item: T) => {
  if (list.length < MAX_EXAMPLES) list.push(item);
};

const describe = (element: Element) => ({ selector: elementSelector(element), label: elementLabel(element) });

/** The element an event happened on, looking into open shadow roots; undefined for the document or window. */
function eventElement(event: Event): Element | undefined {
  const first = event.composedPath()[0] ?? event.target;
  const node = first as Node | null;
  if (!node || typeof node.nodeType !== 'number') return undefined;
  return node.nodeType === 1 ? (node as Element) : (node.parentElement ?? undefined);
}

/**
 * Starts measuring clicks, rage and dead clicks, keystrokes (a count), scrolling, validation errors after a
 * submit, blocked pastes, the page's JavaScript errors (relayed from the MAIN world) and failed requests. All
 * listeners are passive; nothing is prevented or stopped; no typed value, key or field content is read.
 */
export function startInteractionTracker(env: InteractionTrackerEnv): InteractionTracker {
  const { doc } = env;
  const view = doc.defaultView;
  const layout = env.layout ?? pageLayout(doc);
  let state = newWindow();
  let stopped = false;
  /** Bumped by anything that answers a click: a mutation, scroll, focus change, form event, navigation. */
  let activity = 0;
  /** Bumped by `reset`, so that timers of the window before do not write into the next one. */
  let generation = 0;
  let scrollFramePending = false;
  let validationWatch: { until: number; baseline: Set<string>; scanScheduled: boolean } | undefined;
  /** The control a label click forwards to: the browser's second click on it is not a second customer click. */
  let forwardedTo: Element | undefined;
  let observer: PerformanceObserver | undefined;

  const listen = (target: EventTarget, type: string, handler: (event: Event) => void, capture = true) =>
    env.addEventListener(target, type, (event) => stopped || handler(event), { capture, passive: true });
  const changed = () => env.onChange();
  const laterInThisWindow = (fn: () => void, ms: number) => {
    const mine = generation;
    env.setTimeout(() => {
      if (!stopped && mine === generation) fn();
    }, ms);
  };

  // --- clicks, rage clicks, dead clicks -------------------------------------------------------------------------

  function endBurst() {
    const count = rageClickCount(state.burst);
    const first = state.burst[0];
    if (count && first) {
      push(state.result.rageClicks, { at: first.at, ...state.burstTarget, clickCount: count });
      changed();
    }
    state.burst = [];
  }

  function ongoingRageClick(): RageClick | undefined {
    const count = rageClickCount(state.burst);
    const first = state.burst[0];
    return count && first ? { at: first.at, ...state.burstTarget, clickCount: count } : undefined;
  }

  function noteRageClick(target: Element, event: MouseEvent, interactive: boolean) {
    const selectionCollapsed = doc.getSelection()?.isCollapsed ?? true;
    if (isRageExempt(target, { detail: event.detail, interactive, selectionCollapsed })) return endBurst();
    const { burst, ended } = findRageClick(state.burst, { at: env.now(), x: event.clientX, y: event.clientY });
    if (ended.length) {
      state.burst = ended;
      endBurst();
    }
    if (burst.length === 1) state.burstElement = interactiveByMarkup(target) ?? target;
    // Described when a second click joins (a rage click needs three), off the path of the single clicks that make
    // most of a walk.
    else if (burst.length === 2) state.burstTarget = describe(state.burstElement ?? target);
    state.burst = burst;
    laterInThisWindow(() => {
      if (state.burst.length && burstEnded(state.burst, env.now())) endBurst();
    }, RAGE_CLICK.withinMs + 1);
  }

  function noteDeadClickCandidate(target: Element) {
    const candidate: DeadClickCandidate = { at: env.now(), activity, url: doc.location.href };
    laterInThisWindow(() => {
      if (!isDeadClick(candidate, activity, doc.location.href)) return;
      // Described only now, off the click's path: nothing changed since the click (no mutation, no navigation), so
      // the element is where it was.
      const described = describe(interactiveByMarkup(target) ?? target);
      const last: DeadClick | undefined = state.result.deadClicks[state.result.deadClicks.length - 1];
      // Clicking one dead button again and again is one dead click (and a rage click), not one per click.
      const repeat = last?.selector === described.selector && candidate.at - state.lastDeadClickAt <= DEAD_CLICK_MS;
      state.lastDeadClickAt = candidate.at;
      if (repeat) return;
      push(state.result.deadClicks, { at: candidate.at, ...described });
      changed();
    }, DEAD_CLICK_MS);
  }

  function onClick(event: Event) {
    const target = eventElement(event);
    // Only the customer's clicks: a page's scripted `element.click()` is not trusted.
    if (!event.isTrusted || !target || typeof (event as MouseEvent).clientX !== 'number') return;
    if (forwardedTo && (forwardedTo === target || forwardedTo.contains(target))) return;
    const control = target.closest('label')?.control;
    if (control && !control.contains(target)) {
      forwardedTo = control;
      env.setTimeout(() => (forwardedTo = undefined), 0);
    }
    state.result.clicks += 1;
    const interactive = looksInteractive(target, lazyCursor(target));
    noteRageClick(target, event as MouseEvent, interactive);
    if (interactive && !isOutsideDeadClickWatch(target, doc.location.href)) noteDeadClickCandidate(target);
    if (isSubmitControl(target)) startValidationWatch();
    changed();
  }

  /** The cursor, read from computed style only if the markup has not already said the element is interactive. */
  function lazyCursor(element: Element): Pick<CSSStyleDeclaration, 'cursor'> {
    return {
      get cursor() {
        return view?.getComputedStyle(element).cursor ?? '';
      },
    };
  }

  // --- keystrokes, paste -----------------------------------------------------------------------------------------

  function onKeyDown(event: Event) {
    const key = event as KeyboardEvent;
    // Neither `key` nor `code` is read. Keys with a left and a right copy (location 1 or 2) are the modifiers
    // Shift, Control, Alt and Meta (UI Events, KeyboardEvent.location), pressed on their own or with another key.
    if (!key.isTrusted || key.repeat || key.location === 1 || key.location === 2) return;
    state.result.keystrokes += 1;
    changed();
  }

  function onPaste(event: Event) {
    const field = eventElement(event)?.closest('input, textarea, [contenteditable]:not([contenteditable="false"])');
    if (!event.isTrusted || !field) return;
    // Checked after the whole dispatch, so that page handlers registered after this one have had their say.
    laterInThisWindow(() => {
      if (!event.defaultPrevented) return;
      const selector = elementSelector(field);
      if (state.result.pasteBlocked.includes(selector)) return;
      push(state.result.pasteBlocked, selector);
      changed();
    }, 0);
  }

  // --- scroll ----------------------------------------------------------------------------------------------------

  function sampleScroll() {
    const { height, scrollHeight } = layout.viewport();
    const y = view?.scrollY ?? doc.scrollingElement?.scrollTop ?? 0;
    state.scroll = addScrollSample(state.scroll, { y, viewportHeight: height, scrollHeight });
  }

  function scheduleScrollSample() {
    if (scrollFramePending) return;
    scrollFramePending = true;
    const read = () => {
      scrollFramePending = false;
      if (stopped) return;
      const before = state.scroll;
      sampleScroll();
      if (state.scroll.depth !== before.depth || state.scroll.distancePx !== before.distancePx) changed();
    };
    if (env.requestAnimationFrame) env.requestAnimationFrame(read);
    else env.setTimeout(read, 100);
  }

  function onScroll(event: Event) {
    activity += 1;
    const target = event.target;
    if (target === doc || target === view || target === doc.documentElement || target === doc.body) {
      scheduleScrollSample();
    }
  }

  // --- validation errors after a submit --------------------------------------------------------------------------

  function shownErrorKeys(): Set<string> {
    return new Set(collectShownErrors(doc, isShownByStyle).map(shownErrorKey));
  }

  function recordValidationError(kind: ValidationErrorKind, element: Element, message: string) {
    const selector = elementSelector(element);
    const key = errorKey(kind, selector, message);
    if (state.errorKeys.has(key)) return;
    state.errorKeys.add(key);
    push(state.result.validationErrors, { at: env.now(), kind, selector, message });
    changed();
  }

  function scanValidationErrors() {
    const watch = validationWatch;
    if (!watch) return;
    watch.scanScheduled = false;
    for (const error of collectShownErrors(doc, isShownByStyle)) {
      if (!watch.baseline.has(shownErrorKey(error))) recordValidationError(error.kind, error.element, error.message);
    }
    if (env.now() >= watch.until) validationWatch = undefined;
  }

  /** Errors already shown when the customer submits are the page's before; only new ones are the answer. */
  function startValidationWatch() {
    const ongoing = validationWatch && env.now() < validationWatch.until;
    const baseline = ongoing && validationWatch ? validationWatch.baseline : shownErrorKeys();
    validationWatch = { until: env.now() + VALIDATION_WATCH_MS, baseline, scanScheduled: false };
    laterInThisWindow(scanValidationErrors, VALIDATION_WATCH_MS / 4);
    laterInThisWindow(scanValidationErrors, VALIDATION_WATCH_MS);
  }

  function onInvalid(event: Event) {
    activity += 1;
    const field = eventElement(event);
    if (field && validationWatch) recordValidationError('invalid-event', field, validityProblems(field));
  }

  // --- errors and failed requests --------------------------------------------------------------------------------

  function recordFailedRequest(request: FailedRequest) {
    const failed = state.result.failedRequests;
    const seen = state.failedByUrl.get(request.url);
    if (seen) {
      // The same load seen twice (its error event and its timing entry): keep one, with the status if known.
      if (seen.status === 0) seen.status = request.status;
      return;
    }
    // Bounded like everything kept in the page: past the limit a URL may be counted twice, nothing grows.
    if (state.failedByUrl.size < 2_000) state.failedByUrl.set(request.url, request);
    failed.count += 1;
    if (failed.examples.length < MAX_EXAMPLES) failed.examples.push(request);
    changed();
  }

  function onResourceError(event: Event) {
    const element = event.target as Node | null;
    if (!element || element.nodeType !== 1) return; // script errors are relayed from the MAIN world
    const url = failedElementUrl(element as Element);
    const initiatorType = (element as Element).localName.slice(0, 40);
    if (url) recordFailedRequest({ at: env.now(), url: stripQuery(url), status: 0, initiatorType });
  }

  function onPageError(event: Event) {
    const message = pageErrorMessage((event as CustomEvent<unknown>).detail);
    if (!message) return;
    state.result.jsErrors.count += 1;
    push(state.result.jsErrors.examples, { at: env.now(), message });
    changed();
  }

  function observeResources() {
    const Observer = view?.PerformanceObserver;
    if (!Observer) return;
    const timeOrigin = view.performance.timeOrigin;
    observer = new Observer((list) => {
      if (stopped) return;
      for (const entry of list.getEntries()) {
        const failed = failedRequestOf(entry as unknown as ResourceEntryLike, timeOrigin);
        if (failed) recordFailedRequest(failed);
      }
    });
    // The document itself (a 404 page) is a 'navigation' entry.
    for (const type of ['resource', 'navigation']) {
      if (Observer.supportedEntryTypes?.includes(type)) observer.observe({ type, buffered: true });
    }
  }

  // --- wiring ----------------------------------------------------------------------------------------------------

  const win: EventTarget = view ?? doc;
  listen(win, 'click', onClick);
  listen(win, 'keydown', onKeyDown);
  listen(win, 'scroll', onScroll);
  listen(win, 'paste', onPaste, false);
  listen(win, 'submit', () => {
    activity += 1;
    startValidationWatch();
  });
  listen(doc, 'invalid', onInvalid);
  listen(win, 'error', onResourceError);
  listen(doc, PAGE_ERROR_EVENT, onPageError, false);
  for (const type of ['focusin', 'focusout', 'change', 'hashchange', 'popstate', 'pagehide']) {
    listen(win, type, () => (activity += 1));
  }
  observeResources();
  scheduleScrollSample();

  return {
    noteMutation() {
      activity += 1;
      if (!validationWatch || validationWatch.scanScheduled || stopped) return;
      validationWatch.scanScheduled = true;
      laterInThisWindow(scanValidationErrors, 100);
    },
    pasteBlocked: () => state.result.pasteBlocked,
    snapshot() {
      if (scrollFramePending || state.scroll.lastY === undefined) sampleScroll();
      const ongoing = ongoingRageClick();
      const result = structuredClone(state.result);
      if (ongoing && result.rageClicks.length < MAX_EXAMPLES) result.rageClicks.push(ongoing);
      return {
        ...result,
        scrollDepth: state.scroll.depth,
        scrollDistancePx: Math.round(state.scroll.distancePx),
        scrollReversals: state.scroll.reversals,
        excessiveScroll: isExcessiveScroll(state.scroll),
      };
    },
    reset() {
      state = newWindow();
      generation += 1;
      validationWatch = undefined;
      scheduleScrollSample();
    },
    stop() {
      stopped = true;
      observer?.disconnect();
    },
  };
}
