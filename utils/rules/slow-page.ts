import type { FindingProposal, TouchpointRule } from '../model/finding';
import type { PageTiming } from '../model/page-timing';
import { rateVital, VITAL_THRESHOLDS } from '../measure/vitals-rating';
import { propose } from './support/evidence';

const ID = 'slow-page';

const METRICS = [
  { metric: 'lcp', value: 'lcpMs', element: 'lcpElement' },
  { metric: 'inp', value: 'inpMs', element: 'inpTarget' },
  { metric: 'cls', value: 'cls', element: 'clsElement' },
] as const satisfies readonly { metric: string; value: keyof typeof VITAL_THRESHOLDS; element: keyof PageTiming }[];

/**
 * web.dev's Core Web Vitals (2024; INP since 2024): "needs improvement" is minor (2), "poor" major (3). The
 * thresholds are the published ones and not a user setting: changing them would make audits incomparable.
 * One finding per metric, with the element behind it.
 */
export const slowPage: TouchpointRule = {
  id: ID,
  scope: 'touchpoint',
  title: { en: 'Slow or unstable page', de: 'Langsame oder unruhige Seite' },
  explanation: {
    en: 'A Core Web Vital is worse than "good": the main content painted late (LCP over 2.5 s), the page answered a tap or click slowly (INP over 200 ms) or the layout jumped (CLS over 0.1).',
    de: 'Ein Core Web Vital ist schlechter als „gut“: Der Hauptinhalt erschien spät (LCP über 2,5 s), die Seite reagierte langsam auf einen Klick (INP über 200 ms) oder das Layout sprang (CLS über 0,1).',
  },
  defaultSeverity: 2,
  source: { name: 'web.dev, Core Web Vitals thresholds', year: 2024, url: 'https://web.dev/articles/vitals' },
  evaluate(tp) {
    const timing = tp.timing;
    if (!timing) return [];
    const found: FindingProposal[] = [];
    for (const { metric, value, element } of METRICS) {
      const measured = timing[value];
      if (measured === undefined) continue;
      const rating = rateVital(value, measured);
      if (rating === 'good') continue;
      const [good, poor] = VITAL_THRESHOLDS[value];
      found.push(
        propose(ID, rating === 'poor' ? 3 : 2, tp.id, {
          selector: timing[element],
          values: { metric, value: measured, good, poor },
        }),
      );
    }
    return found;
  },
};
