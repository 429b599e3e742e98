import { isWeb } from '../model/touchpoint';
import type { JourneyRule } from '../model/finding';
import { QUICK_BACK_MS, quickBacks } from '../journey/quick-backs';
import { propose } from './support/evidence';
import { isPurchaseStep } from './support/fields';

const ID = 'quick-back';

/**
 * A page left with Back within 10 s ("pogo-sticking"): a dead end. The window is our own
 * (`QUICK_BACK_MS`), in the range of a few seconds that session-replay tools use. Cosmetic (1)
 * while browsing; minor (2) on the cart or a checkout step, where it interrupts the purchase.
 */
export const quickBack: JourneyRule = {
  id: ID,
  scope: 'journey',
  title: { en: 'Quick back', de: 'Schnell zurück' },
  explanation: {
    en: 'The customer went back from a page within seconds of arriving: it was not what they expected.',
    de: 'Der Kunde ging wenige Sekunden nach dem Aufruf einer Seite zurück: Sie war nicht, was er erwartet hatte.',
  },
  defaultSeverity: 1,
  source: {
    name: "Shopwalk's quick-back window (10 s), in the range session-replay tools flag",
    year: 2026,
  },
  evaluate(journey) {
    // Back is pressed between pages: a contact off the web entered between two of them is no step of the walk.
    return quickBacks(journey.filter(isWeb)).map((step) => {
      const i = journey.findIndex((tp) => tp.id === step.id);
      const tp = journey[i]!;
      const next = journey[i + 1];
      const values = {
        stayedMs: next ? next.enteredAt - tp.enteredAt : 0,
        limitMs: QUICK_BACK_MS,
        ...(tp.stage ? { stage: tp.stage } : {}),
      };
      return propose(ID, isPurchaseStep(tp) ? 2 : 1, tp.id, { text: tp.title, values });
    });
  },
};
