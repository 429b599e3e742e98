interface ClosedRootAccess {
  /** Chrome's extension API for content scripts (chrome.dom, Chrome 88). */
  chrome?: { dom?: { openOrClosedShadowRoot?(element: HTMLElement): ShadowRoot | null } };
}

/**
 * A host's shadow root, open or closed: checkout widgets (card fields, address pickers) often keep their fields in
 * closed roots of custom elements, and the customer fills them all the same. Chrome offers `chrome.dom.openOrClosedShadowRoot` to
 * content scripts, Firefox `element.openOrClosedShadowRoot`; elsewhere only open roots are seen.
 */
export function openShadowRoot(host: Element): ShadowRoot | null {
  if (host.shadowRoot) return host.shadowRoot;
  // Closed roots are asked for only on custom elements (a hyphen in the name), where web components keep them: the
  // browser call costs about ten microseconds, too much for each of a page's thousands of elements.
  if (!host.localName.includes('-')) return null;
  const chromeDom = (globalThis as ClosedRootAccess).chrome?.dom;
  if (chromeDom?.openOrClosedShadowRoot && host instanceof HTMLElement) {
    try {
      return chromeDom.openOrClosedShadowRoot(host);
    } catch {
      return host.shadowRoot; // not an element the API accepts (a foreign-document node)
    }
  }
  const firefox = host as Element & { openOrClosedShadowRoot?: ShadowRoot | null };
  return firefox.openOrClosedShadowRoot ?? host.shadowRoot;
}
