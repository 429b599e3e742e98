import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startInteractionTracker } from '../measure/interaction-tracker';
import { startInterruptionTracker } from '../measure/interruption-tracker';
import { pageLayout } from '../measure/layout';
import { reportPageTiming } from '../measure/report-page-timing';
import type { PageReport, RecorderWindow } from '../messages';
import { measureOutbox, SEND_AFTER_MS } from './measure-outbox';
import { measurePasses } from './measure-passes';
import { feedMutations } from './mutation-feed';
import { pageReadingJobs, type WindowReport } from './page-reading-jobs';
import { watchRouteVitals } from './route-vitals-window';
import { seenFieldsTracker } from './seen-fields';

/** A measure report, the kind a page leaves as its last words (see last-words-key.ts). */
export type MeasureReport = Extract<PageReport, { type: 'page/measure' }>;

/**
 * The page recorder: measures the touchpoint the background names (`recorder/window`) and reports what changed.
 * Event listeners only note what happened; everything that reads the page runs in idle-time passes (see
 * measure-passes.ts), and what is sent is only ever the latest value of each measurement. What is pending as the
 * page is left goes to `leave` instead of `send`: a message from a page being unloaded can be lost.
 */
export function recordPage(
  ctx: ContentScriptContext,
  send: (report: PageReport) => void,
  leave: (report: MeasureReport) => void,
) {
  const doc = document;
  const layout = pageLayout(doc);
  let phone = false;
  let route = false;
  let windowStart = 0; // performance time at which the current window began
  let leaving = false;

  const outbox = measureOutbox<WindowReport>({
    send: (touchpointId, parts) => {
      const { stageGuess, routeTiming, ...measures } = parts;
      const report: MeasureReport = { type: 'page/measure', touchpointId, measures, stageGuess, routeTiming };
      if (leaving) leave(report);
      else send(report);
    },
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
  });

  const interaction = startInteractionTracker({
    doc,
    now: Date.now,
    addEventListener: (target, type, handler, options) => ctx.addEventListener(target, type as never, handler, options),
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    requestAnimationFrame: (fn) => ctx.requestAnimationFrame(fn),
    onChange: () => interactionChanged(),
  });
  // A click, a key or a scrolled frame only marks the counts as changed; the snapshot is taken once per send
  // interval, not on the event's path.
  let interactionDirty = false;
  const takeInteraction = () => {
    interactionDirty = false;
    outbox.put('interaction', interaction.snapshot());
  };
  const interactionChanged = () => {
    if (interactionDirty) return;
    interactionDirty = true;
    ctx.setTimeout(() => interactionDirty && takeInteraction(), SEND_AFTER_MS);
  };
  const flush = () => {
    if (interactionDirty) takeInteraction();
    outbox.flush();
  };
  const interruptions = startInterruptionTracker({ doc, layout, now: Date.now, onChange: () => undefined });
  ctx.addEventListener(doc, 'click', (e) => interruptions.noteClick(Date.now(), e.target as Element), {
    capture: true,
    passive: true,
  });
  const vitals = watchRouteVitals();

  const seenFields = seenFieldsTracker();
  const jobs = pageReadingJobs({
    doc,
    layout,
    put: (key, value) => outbox.put(key, value),
    interaction,
    interruptions,
    seenFields,
    vitals,
    isPhone: () => phone,
    routeStart: () => (route ? windowStart : undefined),
  });
  const passes = measurePasses(jobs, {
    whenIdle: (fn) => idle(ctx, fn),
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    now: () => performance.now(),
  });

  const observer = feedMutations(doc, [
    (added, removed) => {
      interaction.noteMutation();
      interruptions.noteAdded(added);
      passes.request(removed.length ? [...added, ...removed] : added);
    },
  ]);
  ctx.onInvalidated(() => {
    observer.disconnect();
    interaction.stop();
    interruptions.stop();
    vitals.stop();
  });
  // The page is being left: what is pending goes now, as last words.
  ctx.addEventListener(
    window,
    'pagehide',
    () => {
      passes.settle(['forms', 'interruptions']);
      leaving = true;
      flush();
      leaving = false;
    },
    { passive: true },
  );
  ctx.addEventListener(doc, 'visibilitychange', () => doc.hidden && flush(), { passive: true });
  ctx.addEventListener(window, 'load', () => passes.request(), { passive: true });
  ctx.addEventListener(window, 'resize', () => passes.request(), { passive: true });

  reportPageTiming((documentUrl, timing) => {
    // After the first route the document's CLS and INP are no longer this touchpoint's: routes have their own.
    if (route) {
      const { cls: _cls, clsElement: _c, inpMs: _inp, inpTarget: _t, ...loadTiming } = timing;
      if (Object.keys(loadTiming).length === 0) return;
      timing = loadTiming;
    }
    send({ type: 'page/timing', documentUrl, timing });
  });

  return {
    /** The background named the touchpoint this page is now (after injection, and on each route change). */
    openWindow(window: RecorderWindow) {
      if (window.touchpointId === outbox.current()) return;
      if (window.route && outbox.current() !== undefined) {
        // The old window's last state goes to the old touchpoint before everything starts again.
        takeInteraction();
        outbox.put('interruptions', interruptions.snapshot());
        interaction.reset();
        interruptions.reset();
        seenFields.reset();
        route = true;
        windowStart = performance.now();
      }
      phone = window.phone;
      outbox.open(window.touchpointId);
      takeInteraction();
      passes.runNow();
    },
  };
}

/** requestIdleCallback where the browser has it, with a deadline so that a busy page is still measured. */
function idle(ctx: ContentScriptContext, fn: () => void): void {
  if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(() => fn(), { timeout: 2_000 });
  else ctx.setTimeout(fn, 50);
}
