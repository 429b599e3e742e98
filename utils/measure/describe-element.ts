/** Longest selector or label kept as evidence; the stored record limits agree. */
export const MAX_SELECTOR = 500;
export const MAX_LABEL = 120;

const SIMPLE_ID = /^[A-Za-z][\w-]{0,63}$/;
// Generated class names (css-1x2y3z, sc-abc123, jsx-123) change with every build and make poor evidence.
const GENERATED_CLASS = /^(css|sc|jsx|emotion|styled)-|\d{3,}|[A-Z0-9]{6,}/;

function step(element: Element): string {
  const tag = element.localName;
  const classes = [...element.classList].filter((c) => /^[A-Za-z][\w-]*$/.test(c) && !GENERATED_CLASS.test(c));
  let part =
    tag +
    classes
      .slice(0, 2)
      .map((c) => `.${c}`)
      .join('');
  const parent = element.parentElement;
  if (parent) {
    const same = [...parent.children].filter((c) => c.localName === tag);
    if (same.length > 1) part += `:nth-of-type(${same.indexOf(element) + 1})`;
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
