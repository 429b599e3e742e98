import type { Touchpoint } from '../model/touchpoint';

/**
 * The form fields the customer was shown on a touchpoint: every distinct field the page showed over its time (a
 * multi-step form on one address), else its census's total; undefined where no census was taken. One definition for
 * the checkout total (Baymard's figure), reports and files.
 */
export function fieldsSeen(tp: Pick<Touchpoint, 'forms'>): number | undefined {
  return tp.forms && (tp.forms.seenFields ?? tp.forms.totals.fields);
}

/**
 * Overlays nobody asked for on a touchpoint (one carried over from the route before was counted where it appeared);
 * undefined where interruptions were not measured.
 */
export function unaskedInterruptions(tp: Pick<Touchpoint, 'interruptions'>): number | undefined {
  return tp.interruptions?.filter((i) => !i.askedFor && !i.carriedOver).length;
}
