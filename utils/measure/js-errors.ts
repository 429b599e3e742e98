import { MAX_MESSAGE } from '../model/limits';

/**
 * The page's uncaught errors reach the recorder from a tiny script in the page's own (MAIN) world: in Chromium an
 * isolated-world content script's `window` 'error' listener does not see the page's exceptions. The relay is a
 * CustomEvent on `document` whose `detail` is a short string; a primitive crosses the world boundary, an object
 * would not. A hostile page can forge the event, which only inflates its own error count: acceptable.
 */
export const PAGE_ERROR_EVENT = 'shopwalk:page-error';
/** Announced by each relay as it starts, so that one left over from a reloaded extension stops relaying. */
export const PAGE_ERROR_RELAY_STARTED = 'shopwalk:page-error-relay-started';

/** Opening and closing quote marks of the languages Shopwalk reads (English, German, French-style guillemets). */
const QUOTE_PAIRS = [
  '""',
  "''",
  '``',
  '\u201c\u201d',
  '\u201e\u201c',
  '\u2018\u2019',
  '\u201a\u2018',
  '\u00ab\u00bb',
  '\u00bb\u00ab',
];
// A quote opens only after a non-letter, so the apostrophe in "don't" or "geht's" opens nothing. None of the quote
// marks is special in a regular expression.
const QUOTED = new RegExp(
  `(^|[^\\p{L}\\p{N}])(?:${QUOTE_PAIRS.map((pair) => {
    const [open = '', close = ''] = [...pair];
    return `${open}[^${close}]{1,200}${close}`;
  }).join('|')})`,
  'gu',
);
const EMAIL = /[^\s@"'<>]+@[^\s@"'<>]+/g;
const DIGITS = /\d{3,}/g;

/**
 * Page text cut to what a stored record allows, with what may echo the customer's typing masked: quoted fragments
 * (Chrome's own messages quote the value: "'foo' is missing an '@'", "\"abc\" is not valid JSON"), e-mail addresses
 * and runs of 3 or more digits (postcodes, phone and card numbers).
 */
export function cleanPageMessage(text: string): string {
  return text
    .slice(0, 4 * MAX_MESSAGE)
    .replace(QUOTED, '$1"…"')
    .replace(EMAIL, '…@…')
    .replace(DIGITS, '###')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_MESSAGE);
}

/** The message a relayed event carries, if it is one: a string, cleaned and clipped. Anything else is ignored. */
export function pageErrorMessage(detail: unknown): string | undefined {
  if (typeof detail !== 'string' || detail.length === 0) return undefined;
  const message = cleanPageMessage(detail);
  return message || undefined;
}

/** A script's URL as evidence: without query or fragment, and only its last path segment. */
function scriptName(url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A rejection reason as text; a reason whose toString throws must not make the relay throw into the page. */
function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return typeof value;
  }
}

/** The line for one uncaught error or unhandled rejection: its message and the script and line it came from. */
export function describePageError(event: Event): string {
  if ('reason' in event) {
    const reason = (event as PromiseRejectionEvent).reason as unknown;
    const text = reason instanceof Error ? `${reason.name}: ${reason.message}` : safeString(reason);
    return `Unhandled rejection: ${text}`.slice(0, MAX_MESSAGE);
  }
  const error = event as ErrorEvent;
  const where = error.filename ? ` (${scriptName(error.filename)}:${error.lineno})` : '';
  return `${error.message || 'Script error.'}${where}`.slice(0, MAX_MESSAGE);
}

/**
 * Runs in the page's world: relays each uncaught error and unhandled rejection as a message string, and stops when a
 * newer relay starts (an extension reload injects a new one; the old one cannot be removed from outside). Passive
 * listeners, nothing prevented, nothing left on `window`. Returns a function that stops it.
 */
export function relayPageErrors(win: Window): () => void {
  const doc = win.document;
  const relay = (event: Event) =>
    doc.dispatchEvent(new CustomEvent(PAGE_ERROR_EVENT, { detail: describePageError(event) }));
  const stop = () => {
    win.removeEventListener('error', relay);
    win.removeEventListener('unhandledrejection', relay);
    doc.removeEventListener(PAGE_ERROR_RELAY_STARTED, stop);
  };
  doc.dispatchEvent(new CustomEvent(PAGE_ERROR_RELAY_STARTED));
  // Bubble phase on window: script errors are dispatched at window itself; resource load errors (an <img> 404) do
  // not bubble and stay for the recorder's own capturing listener.
  win.addEventListener('error', relay, { passive: true });
  win.addEventListener('unhandledrejection', relay, { passive: true });
  doc.addEventListener(PAGE_ERROR_RELAY_STARTED, stop, { passive: true });
  return stop;
}
