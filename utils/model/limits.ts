/**
 * The limits of stored records, in a module without zod: the page recorder (which must stay small) and the stored
 * schemas share them. Stored records, exports and imports are validated against them, so a hostile page or file
 * cannot grow past them.
 */

// Audits and touchpoints
/** Limits shared by stored records and the import format; a hostile file cannot grow past them. */
export const MAX_TEXT = 10_000;
export const MAX_URL = 8_192;
export const MAX_NAME = 200;

// Form census
/** Limits of one census; the detector stops adding evidence (never counting) at them. */
export const MAX_GROUPS = 100;
export const MAX_FIELDS_PER_GROUP = 100;
export const MAX_FIELDS_PER_CENSUS = 500;
export const MAX_CROSS_ORIGIN_FRAMES = 20;
export const MAX_AUTOCOMPLETE = 100;

// Help
/** Evidence entries kept per channel; the stored list is at most five times this. */
export const MAX_HELP_EVIDENCE_PER_CHANNEL = 3;

// Interaction
/** Longest page text kept as evidence (an error message, an alert); clipped, never a typed value. */
export const MAX_MESSAGE = 300;
/** How many examples of each signal a touchpoint window keeps; the counts go on past it. */
export const MAX_EXAMPLES = 20;

// Interruptions
/** At most this many interruptions are kept per touchpoint; a page that opens more is already known to be noisy. */
export const MAX_INTERRUPTIONS = 30;

// Money
/** At most this many money lines are kept per touchpoint (a cart with 40 items keeps its summary, not every row). */
export const MAX_MONEY_LINES = 30;

// Phone checks
/** Most examples kept per check: evidence to find the elements again, not an inventory. */
export const MAX_PHONE_EXAMPLES = 10;
