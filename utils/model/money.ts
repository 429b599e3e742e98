import { z } from 'zod';
import { MAX_MONEY_LINES } from './limits';

/** An amount in major units (euros, not cents), rounded to 2 decimals; negative for discounts shown as such. */
export const amountSchema = z.number().min(-1e9).max(1e9);
/** ISO 4217 code. */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/);

export const moneyLineKindSchema = z.enum([
  'product',
  'subtotal',
  'shipping',
  'tax',
  'fee',
  'discount',
  'total',
  'other',
]);
export type MoneyLineKind = z.infer<typeof moneyLineKindSchema>;

export const moneyLineSchema = z.strictObject({
  kind: moneyLineKindSchema,
  /** The line's label as the page shows it (or the product's name from structured data), clipped. */
  label: z.string().max(120),
  amount: amountSchema,
  /** The element the amount was read from (for structured data: its <script> or microdata element). */
  selector: z.string().max(500),
});
export type MoneyLine = z.infer<typeof moneyLineSchema>;

/**
 * Prices and totals a touchpoint showed, so that an audit can follow them from product page to the last checkout
 * step and see a surcharge that appears late. `source` says where the values came from: the page's structured data
 * (JSON-LD, microdata), its rendered text, both, or nowhere (no price on the page).
 */
export const moneySchema = z.strictObject({
  currency: currencySchema.optional(),
  productPrice: amountSchema.optional(),
  subtotal: amountSchema.optional(),
  shipping: amountSchema.optional(),
  tax: amountSchema.optional(),
  /** Sum of the discount lines, as shown (usually negative). */
  discount: amountSchema.optional(),
  /** Sum of the fee and surcharge lines (payment, cash-on-delivery, service, handling fees). */
  fees: amountSchema.optional(),
  total: amountSchema.optional(),
  lines: z.array(moneyLineSchema).max(MAX_MONEY_LINES),
  source: z.enum(['structured', 'text', 'both', 'none']),
});
export type Money = z.infer<typeof moneySchema>;
