import type { JourneyRule } from '../model/finding';
import type { MoneyLineKind } from '../model/money';
import type { Touchpoint } from '../model/touchpoint';
import { propose } from './support/evidence';
import { isPurchaseStep } from './support/fields';

const ID = 'late-cost';

type Priced = Touchpoint & { money: NonNullable<Touchpoint['money']> & { total: number } };
/** Lines that can add to a total, the likeliest surprise first. */
const LATE_KINDS: readonly MoneyLineKind[] = ['fee', 'other', 'shipping', 'tax'];
const hasTotal = (tp: Touchpoint): tp is Priced => tp.money?.total !== undefined;

/**
 * The most a step told the customer they would pay: its total, or subtotal plus shipping and fees when the total
 * left those out ("shipping calculated at checkout" next to a shipping estimate). Tax is left out: in Europe it is
 * included in the prices, and adding it would hide real surcharges. A changed cart (another subtotal) moves the
 * expectation by the difference, so adding an item is not a late cost.
 */
function announced(step: Touchpoint, last: Priced): number | undefined {
  const m = step.money;
  if (!m || (m.total === undefined && m.subtotal === undefined)) return undefined;
  const parts = m.subtotal === undefined ? 0 : m.subtotal + (m.shipping ?? 0) + Math.max(m.fees ?? 0, 0);
  const cartChange =
    m.subtotal !== undefined && last.money.subtotal !== undefined ? last.money.subtotal - m.subtotal : 0;
  return Math.max(m.total ?? 0, parts) + cartChange;
}

/**
 * Baymard Institute (2016-2025): extra costs shown too late (shipping, taxes, fees) are the top reason for
 * abandoning a checkout, named by 39-61 % of those who abandon. Major (3).
 */
export const lateCost: JourneyRule = {
  id: ID,
  scope: 'journey',
  title: { en: 'Cost added late', de: 'Späte Zusatzkosten' },
  explanation: {
    en: 'The total at the end of the checkout is higher than anything shown in the cart or the earlier checkout steps.',
    de: 'Der Gesamtbetrag am Ende des Bestellvorgangs ist höher als alles, was im Warenkorb oder in früheren Schritten angezeigt wurde.',
  },
  defaultSeverity: 3,
  threshold: { value: 0.01, unit: { en: 'currency units', de: 'Währungseinheiten' }, min: 0.01, max: 1000 },
  source: {
    name: 'Baymard Institute, reasons for checkout abandonment (39-61 %)',
    year: 2025,
    url: 'https://baymard.com/lists/cart-abandonment-rate',
  },
  evaluate(journey, threshold) {
    const priced = journey.filter((tp) => isPurchaseStep(tp) && hasTotal(tp)) as Priced[];
    const first = priced[0];
    const last = priced.filter((tp) => tp.stage !== 'cart').at(-1);
    if (!first || !last || last === first) return [];
    const before = journey.slice(journey.indexOf(first), journey.indexOf(last));
    if (before.some((tp) => tp.money?.currency && last.money.currency && tp.money.currency !== last.money.currency))
      return [];
    const expected = Math.max(...before.map((tp) => announced(tp, last) ?? -Infinity));
    const increase = Math.round((last.money.total - expected) * 100) / 100;
    if (!Number.isFinite(increase) || increase < threshold) return [];
    // The evidence is a cost line whose label no earlier step showed (a fee first), else the total line.
    const seen = new Set(before.flatMap((tp) => tp.money?.lines.map((l) => l.label) ?? []));
    const line =
      LATE_KINDS.flatMap((kind) => last.money.lines.filter((l) => l.kind === kind && !seen.has(l.label)))[0] ??
      last.money.lines.find((l) => l.kind === 'total');
    return [
      propose(ID, 3, last.id, {
        selector: line?.selector,
        text: line?.label,
        values: {
          expected: Math.round(expected * 100) / 100,
          total: last.money.total,
          increase,
          ...(last.money.currency ? { currency: last.money.currency } : {}),
        },
      }),
    ];
  },
};
