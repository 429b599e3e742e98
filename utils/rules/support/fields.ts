import type { FieldEvidence, FieldFlag } from '../../model/form-census';
import type { Touchpoint } from '../../model/touchpoint';

/** Every field the census kept as evidence on a touchpoint, in document order (the census caps evidence per group). */
export function fieldsOf(touchpoint: Touchpoint): FieldEvidence[] {
  return touchpoint.forms?.groups.flatMap((group) => group.fields) ?? [];
}

export function fieldsFlagged(touchpoint: Touchpoint, flag: FieldFlag): FieldEvidence[] {
  return fieldsOf(touchpoint).filter((field) => field.flags.includes(flag));
}

/** Cart and checkout steps: the way to payment, where friction costs orders. */
export function isPurchaseStep(touchpoint: Pick<Touchpoint, 'stage'>): boolean {
  return touchpoint.stage === 'cart' || (touchpoint.stage?.startsWith('checkout-') ?? false);
}
