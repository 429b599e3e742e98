/**
 * Dead clicks: a click on something that looks interactive, followed within 1 s by no DOM change, no navigation, no
 * scroll, no focus change and no form response (change, submit, invalid). Datadog RUM calls it "a click on a static
 * element that produces no action on the page" (frustration signals docs, 2024); PostHog's dead-click autocapture
 * waits for a mutation, scroll or selection change (mutation threshold 2.5 s, posthog-js 2024) and Sentry's replay
 * for a mutation (slow-click timeout 7 s). Shopwalk waits 1 s, as DESIGN.md sets it: a shop that takes longer to
 * show anything after a click has made the customer wait anyway, and every finding is a proposal the auditor checks.
 */
export const DEAD_CLICK_MS = 1_000;

const ROLE = 'button|link|tab|menuitem|menuitemcheckbox|menuitemradio|checkbox|switch|option|radio|treeitem';
const INTERACTIVE_SELECTOR = [
  'a[href]',
  'button',
  'summary',
  'label',
  'input[type="submit" i]',
  'input[type="button" i]',
  'input[type="reset" i]',
  'input[type="image" i]',
  'input[type="checkbox" i]',
  'input[type="radio" i]',
  '[onclick]',
  ...ROLE.split('|').map((role) => `[role="${role}"]`),
].join(', ');

/** How far up from the clicked node an interactive ancestor is looked for (a <span> inside a <button>). */
const NEAR_ANCESTORS = 4;

/** The nearest element (the target or a close ancestor) that is interactive by its markup, if any. */
export function interactiveByMarkup(target: Element): Element | undefined {
  let element: Element | null = target;
  for (let i = 0; element && i <= NEAR_ANCESTORS; i++, element = element.parentElement) {
    if (element.matches(INTERACTIVE_SELECTOR)) return element;
  }
  return undefined;
}

/**
 * Whether a click on `element` promises a response: interactive markup on it or a near ancestor, or a pointer
 * cursor (`cursor` is inherited, so the computed style of the element already says whether an ancestor set it).
 * Disabled controls promise nothing.
 */
export function looksInteractive(element: Element, style: Pick<CSSStyleDeclaration, 'cursor'>): boolean {
  if (element.closest(':disabled, [aria-disabled="true"]')) return false;
  return interactiveByMarkup(element) !== undefined || style.cursor === 'pointer';
}

/**
 * Clicks whose response is not seen by a DOM-activity watch and so never called dead: text fields and selects
 * (they take focus or open native pickers), a link that loads another document (the next page may take longer
 * than 1 s to start; Datadog excludes a[href] for the same reason), and links opening another tab.
 */
export function isOutsideDeadClickWatch(target: Element, pageUrl: string): boolean {
  if (target.closest('input:not([type="submit" i]):not([type="button" i]):not([type="reset" i]), textarea, select'))
    return true;
  if (target.closest('[contenteditable]:not([contenteditable="false"])')) return true;
  const link = target.closest('a[href]');
  if (!link) return false;
  if (link.getAttribute('target') === '_blank' || link.hasAttribute('download')) return true;
  return leavesDocument(link.getAttribute('href') ?? '', pageUrl);
}

function leavesDocument(href: string, pageUrl: string): boolean {
  if (/^\s*javascript:/i.test(href)) return false;
  try {
    const to = new URL(href, pageUrl);
    const from = new URL(pageUrl);
    to.hash = '';
    from.hash = '';
    return to.href !== from.href;
  } catch {
    return false; // an unparseable href goes nowhere: a click on it may well be dead
  }
}

/**
 * A click waiting for its verdict. On the hot path the tracker only bumps an activity counter; the candidate keeps
 * the counter's value and the URL from the moment of the click, and the verdict is taken when its 1 s timer fires.
 */
/** A click waiting to be called dead: when it happened, the page's activity count then, and where. */
export interface DeadClickCandidate {
  at: number;
  activity: number;
  url: string;
}

/** A click is dead when neither page activity nor a URL change followed it. */
export function isDeadClick(candidate: DeadClickCandidate, activity: number, url: string): boolean {
  return activity === candidate.activity && url === candidate.url;
}
