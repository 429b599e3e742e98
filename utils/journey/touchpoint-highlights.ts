import { unaskedInterruptions } from './touchpoint-counts';
import type { Touchpoint } from '../model/touchpoint';
import { isCheckoutStage } from '../model/vocabulary';
import { waitAndThink } from './wait-and-think';

/** What a chip says: a message key of the `highlight.*` family, its parameters, and whether it points at friction. */
export interface Highlight {
  key: HighlightKey;
  params: Record<string, number | string>;
  tone: 'neutral' | 'warn';
}

export type HighlightKey =
  | 'highlight.waitThink'
  | 'highlight.fields'
  | 'highlight.autocompleteMissing'
  | 'highlight.unlabeled'
  | 'highlight.pasteBlocked'
  | 'highlight.captcha'
  | 'highlight.clicks'
  | 'highlight.rageClicks'
  | 'highlight.deadClicks'
  | 'highlight.validationErrors'
  | 'highlight.jsErrors'
  | 'highlight.failedRequests'
  | 'highlight.interruptions'
  | 'highlight.price'
  | 'highlight.total'
  | 'highlight.fees'
  | 'highlight.help'
  | 'highlight.noHelp'
  | 'highlight.smallTargets'
  | 'highlight.smallText'
  | 'highlight.sideways'
  | 'highlight.keyboardMismatch';

const hl = (key: HighlightKey, params: Highlight['params'] = {}, tone: Highlight['tone'] = 'neutral'): Highlight => ({
  key,
  params,
  tone,
});

function formHighlights(tp: Touchpoint): Highlight[] {
  const totals = tp.forms?.totals;
  if (!totals || totals.fields === 0) return [];
  const out = [hl('highlight.fields', { count: totals.fields, required: totals.required })];
  if (totals.autocompleteMissing)
    out.push(hl('highlight.autocompleteMissing', { count: totals.autocompleteMissing }, 'warn'));
  if (totals.unlabeled) out.push(hl('highlight.unlabeled', { count: totals.unlabeled }, 'warn'));
  if (totals.pasteBlocked) out.push(hl('highlight.pasteBlocked', { count: totals.pasteBlocked }, 'warn'));
  if (tp.forms!.captcha.length) out.push(hl('highlight.captcha', {}, 'warn'));
  return out;
}

function interactionHighlights(tp: Touchpoint): Highlight[] {
  const i = tp.interaction;
  if (!i) return [];
  const out = i.clicks ? [hl('highlight.clicks', { count: i.clicks })] : [];
  const warn = (key: HighlightKey, count: number) => count > 0 && out.push(hl(key, { count }, 'warn'));
  warn('highlight.rageClicks', i.rageClicks.length);
  warn('highlight.deadClicks', i.deadClicks.length);
  warn('highlight.validationErrors', i.validationErrors.length);
  warn('highlight.jsErrors', i.jsErrors.count);
  warn('highlight.failedRequests', i.failedRequests.count);
  return out;
}

function pageHighlights(tp: Touchpoint): Highlight[] {
  const out: Highlight[] = [];
  const unasked = unaskedInterruptions(tp) ?? 0;
  if (unasked) out.push(hl('highlight.interruptions', { count: unasked }, 'warn'));
  const money = tp.money;
  if (money?.total !== undefined)
    out.push(hl('highlight.total', { amount: money.total, currency: money.currency ?? '' }));
  else if (money?.productPrice !== undefined)
    out.push(hl('highlight.price', { amount: money.productPrice, currency: money.currency ?? '' }));
  if (money?.fees) out.push(hl('highlight.fees', { amount: money.fees, currency: money.currency ?? '' }, 'warn'));
  if (tp.help) {
    // No way to a human matters where money is at stake; elsewhere its absence is only noted.
    const critical = tp.stage === 'cart' || (tp.stage !== undefined && isCheckoutStage(tp.stage));
    if (tp.help.humanReachable) out.push(hl('highlight.help'));
    else out.push(hl('highlight.noHelp', {}, critical ? 'warn' : 'neutral'));
  }
  return out;
}

function phoneHighlights(tp: Touchpoint): Highlight[] {
  const p = tp.phone;
  if (!p) return [];
  const out: Highlight[] = [];
  if (p.tapTargets.crowded) out.push(hl('highlight.smallTargets', { count: p.tapTargets.crowded }, 'warn'));
  if (p.smallText.smallShare >= 0.1)
    out.push(hl('highlight.smallText', { percent: Math.round(p.smallText.smallShare * 100) }, 'warn'));
  if (p.sidewaysScroll.overflows) out.push(hl('highlight.sideways', { px: p.sidewaysScroll.overflowPx }, 'warn'));
  const mismatched = tp.forms?.totals.keyboardMismatch ?? 0;
  if (mismatched) out.push(hl('highlight.keyboardMismatch', { count: mismatched }, 'warn'));
  return out;
}

/**
 * The few facts of a touchpoint worth a glance while walking: how long the site made the customer wait, the
 * form's size and flaws, clicks that went wrong, interruptions nobody asked for, money, help, and on a phone what
 * hurts there. Each comes from a measurement; nothing is shown for what was not measured.
 */
export function touchpointHighlights(tp: Touchpoint, now: number): Highlight[] {
  const out: Highlight[] = [];
  if (tp.timing) {
    const { waitMs, thinkMs } = waitAndThink(tp, now);
    if (waitMs > 0) out.push(hl('highlight.waitThink', { wait: waitMs, think: thinkMs }));
  }
  return [...out, ...formHighlights(tp), ...interactionHighlights(tp), ...pageHighlights(tp), ...phoneHighlights(tp)];
}
