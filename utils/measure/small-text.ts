import type { SmallTextCheck, ViewportMeta } from '../model/phone-check';
import { MAX_PHONE_EXAMPLES } from '../model/limits';
import { elementSelector } from './describe-element';
import type { Layout } from './layout';
import { isDrawn } from './tap-targets';

/**
 * Lighthouse's "Document uses legible font sizes" audit (2017-) counts text under 12 px as too small to read on a
 * phone without zooming, and passes a page when at least 60 % of its text is 12 px or larger.
 */
export const LEGIBLE_PX = 12;
/** Text nodes walked at most (a DOM walk, no layout), and text nodes whose style is read (an even sample). */
const MAX_WALK = 20_000;
const MAX_SAMPLE = 1_500;
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'svg']);

function collectText(doc: Document): { nodes: Text[]; complete: boolean } {
  const nodes: Text[] = [];
  if (!doc.body) return { nodes, complete: true };
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let walked = 0; walker.nextNode(); walked++) {
    if (walked >= MAX_WALK) return { nodes, complete: false };
    const node = walker.currentNode as Text;
    const parent = node.parentElement;
    if (!parent || SKIPPED.has(parent.localName) || !/\S/.test(node.data)) continue;
    nodes.push(node);
  }
  return { nodes, complete: true };
}

/**
 * One item from each of `max` equal strata, at a position that varies from stratum to stratum (golden-ratio
 * jitter, deterministic): a fixed stride would alias with repeating markup and see only every other row.
 */
function evenSample<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  const step = items.length / max;
  return Array.from({ length: max }, (_, k) => items[Math.floor((k + ((k * 0.618_034) % 1)) * step)]!);
}

interface Drawn {
  fontSizePx: number;
}

/**
 * The share of visible text (by characters) under 12 px, from an even sample of the page's text nodes, with the
 * viewport meta tag that decides whether a phone shows the page at its own width at all. Reads styles and boxes
 * of text's parent elements: call in idle time only.
 */
export function checkSmallText(doc: Document, layout: Layout): SmallTextCheck {
  const { nodes, complete } = collectText(doc);
  const sample = evenSample(nodes, MAX_SAMPLE);
  const parents = new Map<Element, Drawn | undefined>();
  const smallByParent = new Map<Element, number>();
  let chars = 0;
  let smallChars = 0;
  for (const node of sample) {
    const parent = node.parentElement!;
    if (!parents.has(parent)) parents.set(parent, readDrawn(parent, layout));
    const drawn = parents.get(parent);
    if (!drawn) continue;
    const length = node.data.replace(/\s+/g, ' ').trim().length;
    chars += length;
    if (drawn.fontSizePx < LEGIBLE_PX) {
      smallChars += length;
      smallByParent.set(parent, (smallByParent.get(parent) ?? 0) + length);
    }
  }
  const examples = [...smallByParent]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_PHONE_EXAMPLES)
    .map(([element, n]) => ({
      selector: elementSelector(element),
      fontSizePx: parents.get(element)!.fontSizePx,
      chars: n,
    }));
  return {
    chars,
    smallChars,
    smallShare: chars === 0 ? 0 : Math.round((smallChars / chars) * 1_000) / 1_000,
    sampled: !complete || nodes.length > sample.length,
    ...readViewportMeta(doc),
    examples,
  };
}

/** Font size of visible text in an element; undefined when the text is not drawn (a 0 px font draws nothing). */
function readDrawn(element: Element, layout: Layout): Drawn | undefined {
  const style = layout.style(element);
  const fontSizePx = parseFloat(style.fontSize);
  if (!(fontSizePx > 0) || !isDrawn(layout.rect(element), style)) return undefined;
  return { fontSizePx: Math.round(fontSizePx * 10) / 10 };
}

/** `<meta name="viewport">` content as key/value pairs; browsers accept commas and semicolons between them. */
function parseViewportContent(content: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const part of content.slice(0, 1_000).split(/[,;]/)) {
    const [key = '', value = ''] = part.split('=').map((s) => s.trim().toLowerCase());
    if (key) pairs.set(key, value);
  }
  return pairs;
}

/**
 * What a phone does with the page's viewport meta tag (the last one wins, as in Chrome). Without one, phones lay
 * the page out about 980 px wide and zoom out, so all text is small. `initial-scale` without `width` also lays out
 * at the device's width (Lighthouse's "viewport" audit accepts either). Zoom is blocked as axe-core's
 * `meta-viewport` rule (WCAG 1.4.4) sees it: `user-scalable=no` (or 0) or `maximum-scale` under 2.
 */
export function readViewportMeta(doc: Document): { viewportMeta: ViewportMeta; zoomBlocked: boolean } {
  const metas = [...doc.querySelectorAll('meta[name]')].filter(
    (m) => m.getAttribute('name')!.trim().toLowerCase() === 'viewport',
  );
  const meta = metas[metas.length - 1];
  if (!meta) return { viewportMeta: 'missing', zoomBlocked: false };
  const pairs = parseViewportContent(meta.getAttribute('content') ?? '');
  const width = pairs.get('width');
  const viewportMeta: ViewportMeta =
    width === 'device-width' || (width === undefined && pairs.has('initial-scale'))
      ? 'device-width'
      : width === undefined
        ? 'missing'
        : 'fixed';
  const userScalable = pairs.get('user-scalable');
  const maximumScale = parseFloat(pairs.get('maximum-scale') ?? '');
  const zoomBlocked =
    userScalable === 'no' ||
    userScalable === 'false' ||
    (userScalable !== undefined && Math.abs(parseFloat(userScalable)) < 1) ||
    maximumScale < 2;
  return { viewportMeta, zoomBlocked };
}
