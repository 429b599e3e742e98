import type { TouchpointRule } from '../model/finding';
import { propose } from './support/evidence';

const ID = 'interstitial';

/**
 * Google's intrusive interstitials guidance (2016, restated in the page experience update of 2019/2021): an
 * overlay covering the content before the customer asked for it. Cookie consent is exempt there as a legal
 * obligation, and so it is here. An overlay carried over from the route before was counted where it appeared.
 */
export const interstitial: TouchpointRule = {
  id: ID,
  scope: 'touchpoint',
  title: { en: 'Unasked-for overlay', de: 'Ungefragte Einblendung' },
  explanation: {
    en: 'An overlay the customer did not ask for covered a large part of the screen (a newsletter pop-up, a modal, an opening chat).',
    de: 'Eine Einblendung, um die der Kunde nicht gebeten hat, verdeckte einen großen Teil des Bildschirms (Newsletter-Pop-up, Dialog, sich öffnender Chat).',
  },
  defaultSeverity: 2,
  threshold: { value: 30, unit: { en: '% of the viewport', de: '% des Sichtbereichs' }, min: 5, max: 100 },
  source: {
    name: 'Google Search Central, intrusive interstitials',
    year: 2016,
    url: 'https://developers.google.com/search/blog/2016/08/helping-users-easily-access-content-on',
  },
  evaluate(tp, threshold) {
    return (tp.interruptions ?? [])
      .filter((i) => !i.askedFor && !i.carriedOver && i.kind !== 'cookie-banner' && i.coverage * 100 > threshold)
      .map((i) =>
        propose(ID, 2, tp.id, {
          selector: i.selector,
          text: i.label,
          values: {
            kind: i.kind,
            coveragePercent: Math.round(i.coverage * 100),
            dismissed: i.dismissedAt !== undefined,
          },
        }),
      );
  },
};
