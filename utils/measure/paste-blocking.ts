import { flatParent } from './field-visibility';

// An inline handler that cancels the event: `return false`, `event.preventDefault()`, or a bare `false`.
const CANCELS = /return\s+false\b|preventDefault\s*\(|^\s*false\s*;?\s*$/i;

const cancels = (el: Element, attribute: string) => CANCELS.test(el.getAttribute(attribute) ?? '');

/**
 * A check for paste blocking written into the markup, for one census pass. An `onpaste` handler that cancels
 * blocks pasting into the field when it sits on the field or on any ancestor (paste events bubble and cross
 * shadow boundaries); `oncopy`/`oncut` that cancel on the field itself stop the customer copying what they typed
 * (the e-mail confirmation trick), and count as blocked too. Script-attached listeners cannot be seen from the
 * DOM: the content script reports those from a real paste whose event was cancelled.
 */
export function createInlinePasteCheck(): (field: Element) => boolean {
  const cache = new Map<Element, boolean>();
  function pasteCancelledAt(el: Element | null): boolean {
    const path: Element[] = [];
    let e = el;
    while (e && !cache.has(e)) {
      path.push(e);
      e = flatParent(e);
    }
    let blocked = e ? cache.get(e)! : false;
    for (let i = path.length - 1; i >= 0; i--) {
      blocked ||= cancels(path[i]!, 'onpaste');
      cache.set(path[i]!, blocked);
    }
    return blocked;
  }
  return (field) => cancels(field, 'oncopy') || cancels(field, 'oncut') || pasteCancelledAt(field);
}
