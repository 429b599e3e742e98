import type { PhoneCheck } from '../model/phone-check';
import type { Layout } from './layout';
import { checkSidewaysScroll } from './sideways-scroll';
import { checkSmallText } from './small-text';
import { checkTapTargets } from './tap-targets';

/**
 * What hurts on a phone, in the viewport the page is shown in: tap targets, small text, sideways scrolling.
 * Reads layout and styles: run in idle time, never on the mutation path. Each part bounds its own work.
 */
export function checkForPhone(doc: Document, layout: Layout): PhoneCheck {
  return {
    tapTargets: checkTapTargets(doc, layout),
    smallText: checkSmallText(doc, layout),
    sidewaysScroll: checkSidewaysScroll(doc, layout),
  };
}
