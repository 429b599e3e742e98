import { fieldsSeen } from './touchpoint-counts';
import type { Touchpoint } from '../model/touchpoint';
import { isCheckoutStage } from '../model/vocabulary';

/** Fields of the average checkout, and what most shops could get to (Baymard Institute, 2024). */
export const BAYMARD_AVERAGE_FIELDS = 11.3;
export const BAYMARD_REACHABLE_FIELDS = 8;

type Step = Pick<Touchpoint, 'url' | 'stage' | 'forms'>;

function pageOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}${u.hash}`;
  } catch {
    return url;
  }
}

/**
 * The form fields of the whole checkout: every checkout-stage touchpoint's visible fields, added up, each checkout
 * page counted once (at its largest census: a page shown again after a validation error, or a step that revealed
 * more fields, is one page; a multi-step form on one address counts every field it showed). Undefined when the journey has no measured checkout step.
 */
export function checkoutFieldTotal(journey: readonly Step[]): number | undefined {
  const perPage = new Map<string, number>();
  for (const tp of journey) {
    if (!tp.stage || !isCheckoutStage(tp.stage) || !tp.forms) continue;
    const page = pageOf(tp.url);
    perPage.set(page, Math.max(perPage.get(page) ?? 0, fieldsSeen(tp) ?? 0));
  }
  if (perPage.size === 0) return undefined;
  return [...perPage.values()].reduce((a, b) => a + b, 0);
}
