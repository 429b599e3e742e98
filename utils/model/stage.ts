import { z } from 'zod';
import { STAGES, STRUCTURED_TYPES } from './vocabulary';

export const stageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof stageSchema>;

export const structuredTypeSchema = z.enum(STRUCTURED_TYPES);
export type StructuredType = z.infer<typeof structuredTypeSchema>;

const capped = z.number().int().nonnegative().max(1_000);

/**
 * What a page says about its stage besides its URL, read from the DOM without layout. Kept with the touchpoint as
 * the evidence behind a guessed stage; no text typed by the customer is read.
 */
export const stageSignalsSchema = z.strictObject({
  structuredTypes: z.array(structuredTypeSchema).max(STRUCTURED_TYPES.length),
  ogType: z.string().max(50).optional(),
  passwordField: z.boolean(),
  /** A visible offer to buy without an account ("as a guest", "als Gast"). */
  guestOption: z.boolean(),
  /** Fields for street, postal code, city, country (by autocomplete token or name). */
  addressFields: capped,
  /** Card or IBAN fields, or a payment provider's frame. */
  paymentFields: z.boolean(),
  /** Radio buttons choosing a payment method. */
  paymentChoice: z.boolean(),
  /** Radio buttons choosing a shipping method. */
  shippingChoice: z.boolean(),
  addToCartButtons: capped,
  /** "Place order", "zahlungspflichtig bestellen": the last button of a checkout. */
  placeOrderButton: z.boolean(),
  /** The main heading names the cart ("Your cart", "Warenkorb"). */
  cartHeading: z.boolean(),
  /** Thanks for an order, or its confirmation, in a heading or the title. */
  orderThanks: z.boolean(),
  /** An order number with digits in the page's leading text. */
  orderNumber: z.boolean(),
  /** "Results for", "Suchergebnisse" in a heading or the title. */
  searchResults: z.boolean(),
});
export type StageSignals = z.infer<typeof stageSignalsSchema>;
