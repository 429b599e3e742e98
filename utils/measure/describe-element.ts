/** Longest selector or label kept as evidence; the stored record limits agree. */
export const MAX_SELECTOR = 500;
export const MAX_LABEL = 120;

const SIMPLE_ID = /^[A-Za-z][\w-]{0,63}$/;
// Generated class names (css-1x2y3z, sc-abc123, jsx-123) change with every build and make poor evidence.
const GENERATED_CLASS = /^(css|sc|jsx|emotion|styled)-|\d{3,}|[A-Z0-9]{6,}/;

/** The element's position among its siblings of the same tag (1-based), and whether it has such siblings. */
function positionOfType(element: Element): { index: number; alone: boolean } {
  let index = 1;
  for (let e = element.previousElementSibling; e; e = e.previousElementSibling)
    if (e.localName === element.localName) index++;
  if (index > 1) return { index, alone: false };
  for (let e = element.nextElementSibling; e; e = e.nextElementSibling) {
    if (e.localName === element.localName) return { index, alone: false };
  }
  return { index, alone: true };
}

function step(element: Element): string {
  const classes = [...element.classList].filter((c) => /^[A-Za-z][\w-]*$/.test(c) && !GENERATED_CLASS.test(c));
  let part =
    element.localName +
    classes
      .slice(0, 2)
      .map((c) => `.${c}`)
      .join('');
  if (element.parentElement) {
    const { index, alone } = positionOfType(element);
    if (!alone) part += `:nth-of-type(${index})`;
  }
  return part;
}

/**
 * A short CSS selector for an element, good enough for a human to find it again and for `querySelector` on the same
 * page: the nearest ancestor with a plain id anchors it, else up to four steps of tag, stable classes and position.
 */
export function elementSelector(element: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = element; e && parts.length < 5; e = e.parentElement) {
    if (e.id && SIMPLE_ID.test(e.id)) {
      parts.unshift(`#${e.id}`);
      break;
    }
    if (e.localName === 'body' || e.localName === 'html') break;
    parts.unshift(step(e));
  }
  return parts.join(' > ').slice(0, MAX_SELECTOR);
}

/**
 * What an element says to a customer, for evidence: its accessible label or its own text, collapsed and clipped.
 * Never a form control's value: for inputs only the label-like attributes are read.
 */
export function elementLabel(element: Element): string {
  const attr = element.getAttribute('aria-label') ?? element.getAttribute('title') ?? element.getAttribute('alt');
  const isControl = /^(input|textarea|select)$/.test(element.localName) || element.hasAttribute('contenteditable');
  const text =
    attr ??
    (isControl
      ? (element.getAttribute('placeholder') ?? element.getAttribute('name') ?? '')
      : (element.textContent ?? ''));
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL);
}
