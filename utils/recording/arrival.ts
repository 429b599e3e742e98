import type { Arrival } from '../model/touchpoint';

/**
 * How a committed page load was reached, from webNavigation's transition type and qualifiers
 * (https://developer.chrome.com/docs/extensions/reference/api/webNavigation#transition_types).
 */
export function arrivalOfLoad(transitionType: string, qualifiers: readonly string[]): Arrival {
  if (qualifiers.includes('forward_back')) return 'back-forward';
  if (transitionType === 'reload') return 'reload';
  if (transitionType === 'form_submit') return 'form-submit';
  return 'load';
}
