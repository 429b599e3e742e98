/**
 * Word lists that the stored schemas and the page recorder share, in a module without zod (the recorder must stay
 * small). The schemas turn them into enums; the recorder matches page content against them.
 */

/**
 * Where in the journey a touchpoint sits (DESIGN.md, "Stage"), in journey order. Comparison reports align audits
 * on these; `other` is for what fits nowhere (a blog post, the imprint, a newsletter sign-up).
 */
export const STAGES = [
  'entry',
  'browse',
  'product',
  'cart',
  'checkout-account',
  'checkout-address',
  'checkout-shipping',
  'checkout-payment',
  'checkout-review',
  'confirmation',
  'service',
  'after-sales',
  'other',
] as const;

export function isCheckoutStage(stage: (typeof STAGES)[number]): boolean {
  return stage.startsWith('checkout-');
}

/** schema.org types that say something about the stage; other types are not kept. */
export const STRUCTURED_TYPES = [
  'Product',
  'ProductGroup',
  'ItemList',
  'OfferCatalog',
  'CollectionPage',
  'SearchResultsPage',
  'CheckoutPage',
  'Order',
  'FAQPage',
  'ContactPage',
  'Article',
  'BlogPosting',
  'NewsArticle',
] as const;

/**
 * The autofill field names of the HTML standard's autocomplete grammar ("4.10.18.7 Autofill",
 * https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#autofill-field), in the spec's order.
 * Contact field names may follow a contact type (home, work, mobile, fax, pager); the others may not.
 */
export const NORMAL_FIELD_NAMES = [
  'name',
  'honorific-prefix',
  'given-name',
  'additional-name',
  'family-name',
  'honorific-suffix',
  'nickname',
  'username',
  'new-password',
  'current-password',
  'one-time-code',
  'organization-title',
  'organization',
  'street-address',
  'address-line1',
  'address-line2',
  'address-line3',
  'address-level4',
  'address-level3',
  'address-level2',
  'address-level1',
  'country',
  'country-name',
  'postal-code',
  'cc-name',
  'cc-given-name',
  'cc-additional-name',
  'cc-family-name',
  'cc-number',
  'cc-exp',
  'cc-exp-month',
  'cc-exp-year',
  'cc-csc',
  'cc-type',
  'transaction-currency',
  'transaction-amount',
  'language',
  'bday',
  'bday-day',
  'bday-month',
  'bday-year',
  'sex',
  'url',
  'photo',
] as const;

export const CONTACT_FIELD_NAMES = [
  'tel',
  'tel-country-code',
  'tel-national',
  'tel-area-code',
  'tel-local',
  'tel-local-prefix',
  'tel-local-suffix',
  'tel-extension',
  'email',
  'impp',
] as const;

/** The Network Information API's classes (Chromium only; Firefox and Safari have no `navigator.connection`). */
export const EFFECTIVE_CONNECTION_TYPES = ['slow-2g', '2g', '3g', '4g'] as const;
