import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { elementSelector } from '../measure/describe-element';
import { readEnvironment, type NavigatorLike } from '../measure/environment';
import { takeFormCensus } from '../measure/form-census';
import { guessStage } from '../measure/guess-stage';
import { findHelp } from '../measure/help';
import { startInteractionTracker } from '../measure/interaction-tracker';
import { startInterruptionTracker } from '../measure/interruption-tracker';
import { pageLayout } from '../measure/layout';
import { readMoney } from '../measure/money';
import { checkForPhone } from '../measure/phone-check';
import { reportPageTiming } from '../measure/report-page-timing';
import { readStageSignals } from '../measure/stage-signals';
import type { PageReport, RecorderWindow } from '../messages';
import type { Measures } from '../model/measures';
import type { PageTiming } from '../model/page-timing';
import type { Stage } from '../model/stage';
import { measureOutbox } from './measure-outbox';
import { measurePasses, type MeasureJob } from './measure-passes';
import { feedMutations } from './mutation-feed';
import { watchRouteVitals } from './route-vitals-window';
import { openShadowRoot } from './shadow-roots';

/** What the recorder sends about one touchpoint window besides the measurements. */
interface WindowReport extends Measures {
  stageGuess: Stage;
  routeTiming: Pick<PageTiming, 'cls' | 'clsElement' | 'inpMs' | 'inpTarget'>;
}

/**
 * The page recorder: measures the touchpoint the background names (`recorder/window`) and reports what changed.
 * Event listeners only note what happened; everything that reads the page runs in idle-time passes (see
 * measure-passes.ts), and what is sent is only ever the latest value of each measurement.
 */
export function recordPage(ctx: ContentScriptContext, send: (report: PageReport) => void) {
  const doc = document;
  const layout = pageLayout(doc);
  let phone = false;
  let route = false;
  let windowStart = 0; // performance time at which the current window began

  const outbox = measureOutbox<WindowReport>({
    send: (touchpointId, parts) => {
      const { stageGuess, routeTiming, ...measures } = parts;
      send({ type: 'page/measure', touchpointId, measures, stageGuess, routeTiming });
    },
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
  });

  const interaction = startInteractionTracker({
    doc,
    now: Date.now,
    addEventListener: (target, type, handler, options) => ctx.addEventListener(target, type as never, handler, options),
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    requestAnimationFrame: (fn) => ctx.requestAnimationFrame(fn),
    onChange: () => outbox.put('interaction', interaction.snapshot()),
  });
  const interruptions = startInterruptionTracker({ doc, layout, now: Date.now, onChange: () => undefined });
  ctx.addEventListener(doc, 'click', (e) => interruptions.noteClick(Date.now(), e.target as Element), {
    capture: true,
    passive: true,
  });
  const vitals = watchRouteVitals();

  const pasteBlocked = () => new Set(interaction.snapshot().pasteBlocked);
  /** The detectors that read the page, in the order a pass runs them (one idle callback each). */
  const jobs: MeasureJob[] = [
    {
      name: 'forms',
      run: () => {
        const blocked = pasteBlocked();
        outbox.put(
          'forms',
          takeFormCensus(doc, {
            layoutOf: pageLayout,
            shadowRootOf: openShadowRoot,
            isPasteBlocked: (field) => blocked.size > 0 && blocked.has(elementSelector(field)),
          }),
        );
      },
    },
    {
      name: 'interruptions',
      run: () => {
        interruptions.scan();
        outbox.put('interruptions', interruptions.snapshot());
      },
    },
    { name: 'money', run: () => outbox.put('money', readMoney(doc, layout)) },
    { name: 'help', run: () => outbox.put('help', findHelp(doc, layout)) },
    {
      name: 'stage',
      run: () =>
        outbox.put('stageGuess', guessStage({ url: location.href, title: doc.title, signals: readStageSignals(doc) })),
    },
    { name: 'phone', run: () => phone && outbox.put('phone', checkForPhone(doc, layout)) },
    {
      name: 'environment',
      run: () => {
        const { width, height } = layout.viewport();
        outbox.put('environment', readEnvironment(navigator as NavigatorLike, screen, { width, height }));
      },
    },
    { name: 'route-vitals', run: () => route && outbox.put('routeTiming', vitals.since(windowStart)) },
  ];
  const passes = measurePasses(jobs, {
    whenIdle: (fn) => idle(ctx, fn),
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    now: () => performance.now(),
  });

  const observer = feedMutations(doc, [
    (added) => {
      interaction.noteMutation();
      interruptions.noteAdded(added);
      passes.request();
    },
  ]);
  ctx.onInvalidated(() => {
    observer.disconnect();
    interaction.stop();
    interruptions.stop();
    vitals.stop();
  });
  // The page is being hidden or left: what is pending goes now (the worker may be asleep; messages wake it).
  ctx.addEventListener(window, 'pagehide', () => outbox.flush(), { passive: true });
  ctx.addEventListener(doc, 'visibilitychange', () => doc.hidden && outbox.flush(), { passive: true });
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
        outbox.put('interaction', interaction.snapshot());
        outbox.put('interruptions', interruptions.snapshot());
        interaction.reset();
        interruptions.reset();
        route = true;
        windowStart = performance.now();
      }
      phone = window.phone;
      outbox.open(window.touchpointId);
      outbox.put('interaction', interaction.snapshot());
      passes.runNow();
    },
  };
}

/** requestIdleCallback where the browser has it, with a deadline so that a busy page is still measured. */
function idle(ctx: ContentScriptContext, fn: () => void): void {
  if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(() => fn(), { timeout: 2_000 });
  else ctx.setTimeout(fn, 50);
}
