/**
 * What the content script's one MutationObserver hands on per batch: the elements added or with a watched attribute
 * changed, and the elements removed.
 */
export type MutationListener = (added: Element[], removed: Element[]) => void;

/** Attributes whose change can show or hide something a detector cares about (an overlay, an error, a field). */
export const WATCHED_ATTRIBUTES = [
  'class',
  'style',
  'hidden',
  'open',
  'inert',
  'aria-hidden',
  'aria-invalid',
  'aria-modal',
  'disabled',
];

/**
 * Collects DOM mutations for the detectors without doing their work: per batch it only gathers the nodes and
 * calls the listeners, which remember references and ask for a measurement pass. No style or layout is read here;
 * that happens in the idle-time pass (see measure-passes.ts).
 */
export function feedMutations(root: Node, listeners: MutationListener[]): MutationObserver {
  const observer = new MutationObserver((records) => {
    const added = new Set<Element>();
    const removed = new Set<Element>();
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) added.add(node as Element);
      for (const node of record.removedNodes) if (node.nodeType === Node.ELEMENT_NODE) removed.add(node as Element);
      // An attribute change shows or hides an existing element: detectors look at it again in the next pass.
      if (record.type === 'attributes') added.add(record.target as Element);
    }
    const addedNodes = [...added];
    const removedNodes = [...removed];
    for (const listener of listeners) listener(addedNodes, removedNodes);
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  return observer;
}
