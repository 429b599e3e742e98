import { canChangeCensus } from '../measure/census-relevance';
import { elementSelector } from '../measure/describe-element';
import { readEnvironment, type NavigatorLike } from '../measure/environment';
import { takeFormCensus } from '../measure/form-census';
import { guessStage } from '../measure/guess-stage';
import { findHelp } from '../measure/help';
import type { InteractionTracker } from '../measure/interaction-tracker';
import type { InterruptionTracker } from '../measure/interruption-tracker';
import { pageLayout, type Layout } from '../measure/layout';
import { readMoney } from '../measure/money';
import { checkForPhone } from '../measure/phone-check';
import { readStageSignals } from '../measure/stage-signals';
import type { Measures } from '../model/measures';
import type { PageTiming } from '../model/page-timing';
import type { Stage } from '../model/stage';
import type { MeasureJob } from './measure-passes';
import type { watchRouteVitals } from './route-vitals-window';
import type { seenFieldsTracker } from './seen-fields';
import { openShadowRoot } from './shadow-roots';

/**
 * Prices, help links, the stage and the device change rarely within one page view: they are read again at most
 * this often (and always when a new window begins), while forms and interruptions follow every change.
 */
const RARE_MS = 5_000;

/** What the recorder sends about one touchpoint window besides the measurements. */
export interface WindowReport extends Measures {
  stageGuess: Stage;
  routeTiming: Pick<PageTiming, 'cls' | 'clsElement' | 'inpMs' | 'inpTarget'>;
}

export interface JobDependencies {
  doc: Document;
  layout: Layout;
  put<K extends keyof WindowReport>(key: K, value: WindowReport[K]): void;
  interaction: InteractionTracker;
  interruptions: InterruptionTracker;
  seenFields: ReturnType<typeof seenFieldsTracker>;
  vitals: ReturnType<typeof watchRouteVitals>;
  /** The audit is walked as a phone: the phone checks run. */
  isPhone(): boolean;
  /** Performance time at which the current single-page-app route began; undefined on the page load's window. */
  routeStart(): number | undefined;
}

/**
 * The detectors that read the page, in the order a measurement pass runs them (one idle callback each): the
 * registry of what the recorder measures. Each hands its result to `put`; the outbox sends what changed.
 */
export function pageReadingJobs(d: JobDependencies): MeasureJob[] {
  const { doc, layout, put } = d;
  // The last census saw shadow roots or same-origin frames: changes inside them reach no MutationObserver of this
  // document, so any change may be one of theirs and the census runs for every change.
  let unobserved = true;
  let pasteBlocked = -1;
  return [
    {
      name: 'forms',
      run: () => {
        const blocked = new Set(d.interaction.pasteBlocked());
        const census = takeFormCensus(doc, {
          layoutOf: pageLayout,
          shadowRootOf: openShadowRoot,
          isPasteBlocked: (field) => blocked.size > 0 && blocked.has(elementSelector(field)),
        });
        unobserved = census.shadowRoots > 0 || census.sameOriginFrames > 0;
        pasteBlocked = blocked.size;
        put('forms', d.seenFields.add(census));
      },
      changedBy: (nodes) =>
        unobserved || d.interaction.pasteBlocked().length !== pasteBlocked || [...nodes].some(canChangeCensus),
    },
    {
      name: 'interruptions',
      run: () => {
        d.interruptions.scan();
        put('interruptions', d.interruptions.snapshot());
      },
    },
    { name: 'money', minIntervalMs: RARE_MS, run: () => put('money', readMoney(doc, layout)) },
    { name: 'help', minIntervalMs: RARE_MS, run: () => put('help', findHelp(doc, layout)) },
    {
      name: 'stage',
      minIntervalMs: RARE_MS,
      run: () =>
        put('stageGuess', guessStage({ url: location.href, title: doc.title, signals: readStageSignals(doc) })),
    },
    { name: 'phone', run: () => d.isPhone() && put('phone', checkForPhone(doc, layout)) },
    {
      name: 'environment',
      minIntervalMs: RARE_MS,
      run: () => {
        const { width, height } = layout.viewport();
        put('environment', readEnvironment(navigator as NavigatorLike, screen, { width, height }));
      },
    },
    {
      name: 'route-vitals',
      run: () => {
        const start = d.routeStart();
        if (start !== undefined) put('routeTiming', d.vitals.since(start));
      },
    },
  ];
}
