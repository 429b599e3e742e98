/**
 * Rage clicks: 3 or more clicks within 1 s inside a 30 px radius. PostHog's autocapture uses exactly these numbers
 * (RAGE_CLICK_THRESHOLD_PX 30, RAGE_CLICK_TIMEOUT_MS 1000, RAGE_CLICK_CLICK_COUNT 3, posthog-js 2024); Datadog RUM
 * counts 3 clicks in a one-second sliding window (browser-sdk computeFrustration, 2024), which is how the 1 s is
 * read here: some 3 consecutive clicks of a burst fall within 1 s, so 3 clicks spread over 1.2 s are not rage.
 */
export const RAGE_CLICK = { minClicks: 3, withinMs: 1_000, radiusPx: 30 } as const;

export interface ClickPoint {
  at: number;
  x: number;
  y: number;
}

/**
 * Whether `click` continues `burst`: it comes within 1 s of the burst's last click and inside the radius around the
 * burst's first click (so clicks that creep 20 px at a time do not drag a burst across the page).
 */
export function continuesBurst(burst: readonly ClickPoint[], click: ClickPoint): boolean {
  const first = burst[0];
  const last = burst[burst.length - 1];
  if (!first || !last) return false;
  return (
    click.at - last.at <= RAGE_CLICK.withinMs && Math.hypot(click.x - first.x, click.y - first.y) <= RAGE_CLICK.radiusPx
  );
}

/** The burst's click count if it is a rage click (some 3 consecutive clicks within 1 s), else 0. */
export function rageClickCount(burst: readonly ClickPoint[]): number {
  const n = RAGE_CLICK.minClicks;
  for (let i = 0; i + n - 1 < burst.length; i++) {
    if (burst[i + n - 1]!.at - burst[i]!.at <= RAGE_CLICK.withinMs) return burst.length;
  }
  return 0;
}

/**
 * Adds a click to the running burst. Returns the burst to keep and, when the click started a new one, the burst it
 * ended. A burst is reported once, when it has ended (a click elsewhere, or 1 s of quiet), with its final count.
 */
export function findRageClick(
  burst: readonly ClickPoint[],
  click: ClickPoint,
): { burst: ClickPoint[]; ended: ClickPoint[] } {
  if (continuesBurst(burst, click)) return { burst: [...burst, click], ended: [] };
  return { burst: [click], ended: [...burst] };
}

/** Whether a burst has had its 1 s of quiet and is over. */
export function burstEnded(burst: readonly ClickPoint[], now: number): boolean {
  const last = burst[burst.length - 1];
  return !last || now - last.at > RAGE_CLICK.withinMs;
}

const TEXT_INPUT_TYPES = /^(|text|search|email|tel|url|password|number|date|datetime-local|month|week|time)$/;

/** Text inputs, textareas, rich-text editors and number steppers, where fast repeated clicks are normal. */
export function isRepeatClickTarget(element: Element): boolean {
  if (element.closest('textarea, select, [contenteditable]:not([contenteditable="false"]), [role="spinbutton"]'))
    return true;
  if (element.localName !== 'input') return false;
  return TEXT_INPUT_TYPES.test((element.getAttribute('type') ?? '').toLowerCase());
}

/** Whether an element holds text of its own, where a double click selects a word. */
function hasOwnText(element: Element): boolean {
  return [...element.childNodes].some((node) => node.nodeType === 3 && /\S/.test(node.textContent ?? ''));
}

export interface ClickContext {
  /** MouseEvent.detail: 1 for a single click, 2 for the second of a double click, 0 for keyboard activation. */
  detail: number;
  /** Whether the target looks interactive (see `looksInteractive`). */
  interactive: boolean;
  /** Whether the document's selection is collapsed (nothing selected) after the click. */
  selectionCollapsed: boolean;
}

/**
 * Clicks that do not count towards a rage click: on a text field or stepper; keyboard activation (it has no pointer
 * position); and clicks selecting text (a double or triple click on text, or any click that leaves a selection).
 * On something that looks interactive a multi-click is not taken as text selection: clicking a dead button again
 * and again is the very thing to catch, and the browser counts those clicks up in `detail` too.
 */
export function isRageExempt(target: Element, click: ClickContext): boolean {
  if (isRepeatClickTarget(target) || click.detail === 0) return true;
  if (click.interactive) return false;
  return !click.selectionCollapsed || (click.detail >= 2 && hasOwnText(target));
}
