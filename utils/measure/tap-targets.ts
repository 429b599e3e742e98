import type { TapTargetCheck, TapTargetExample } from '../model/phone-check';
import { MAX_PHONE_EXAMPLES } from '../model/limits';
import { elementLabel, elementSelector } from './describe-element';
import type { Box, Layout } from './layout';

/** WCAG 2.2 SC 2.5.8 Target Size (Minimum), level AA (W3C, 2023): 24 x 24 CSS px, or a 24 px circle of space. */
export const MIN_TARGET_PX = 24;
const RADIUS = MIN_TARGET_PX / 2;
/** Targets read at most; on bigger pages the first ones in document order (the top of the page) are checked. */
const MAX_TARGETS = 2_000;
const CELL = 64;
/** A target spanning more grid cells than this (a whole-page click handler) is kept in a short list instead. */
const MAX_CELLS = 256;
/** Neighbours compared with one small target at most: bounds the work where hundreds of targets are piled up. */
const MAX_NEIGHBOURS = 200;
const ROLES = ['button', 'link', 'checkbox', 'radio', 'tab', 'menuitem', 'switch'];
const INTERACTIVE = [
  'a[href]',
  'button',
  'input:not([type=hidden])',
  'select',
  'textarea',
  'summary',
  '[onclick]',
  ...ROLES.map((role) => `[role=${role}]`),
].join(',');

interface Target {
  element: Element;
  box: Box;
  cx: number;
  cy: number;
  small: boolean;
  inline: boolean;
}

/**
 * Drawn where a customer could see and touch it: a box larger than a pixel (the visually-hidden pattern is 1 x 1),
 * not left of the page (off-screen skip links, honeypots), not invisible by style. A `display: none` ancestor
 * shows as an empty box in the browser.
 */
export function isDrawn(box: Box, style: CSSStyleDeclaration): boolean {
  return (
    box.width > 1 &&
    box.height > 1 &&
    box.x + box.width > 0 &&
    style.display !== 'none' &&
    style.visibility !== 'hidden' &&
    style.visibility !== 'collapse' &&
    style.opacity !== '0'
  );
}

function isCandidate(element: Element): boolean {
  if ('disabled' in element && element.disabled === true) return false;
  if (element.closest('[inert]')) return false;
  if (element.matches(INTERACTIVE)) return true;
  const tabindex = Number(element.getAttribute('tabindex'));
  return Number.isInteger(tabindex) && tabindex >= 0;
}

/**
 * A target in a sentence, whose size the line of text sets: the SC's "inline" exception. Lighthouse's tap-targets
 * audit (2019) decides it the same way: an inline box with at least a few characters of text beside it, at its
 * own level or at one of a few inline ancestors.
 */
function isInSentence(element: Element, layout: Layout, depth = 0): boolean {
  const display = layout.style(element).display;
  if (display !== 'inline' && display !== 'inline-block') return false;
  const parent = element.parentElement;
  if (!parent) return false;
  let chars = 0;
  for (const node of [...parent.childNodes].slice(0, 50)) {
    if (node !== element && node.nodeType === 3) chars += (node.textContent ?? '').trim().length;
  }
  if (chars >= 5) return true;
  return depth < 3 && isInSentence(parent, layout, depth + 1);
}

function readTargets(doc: Document, layout: Layout): { targets: Target[]; truncated: boolean } {
  const targets: Target[] = [];
  let read = 0;
  let truncated = false;
  for (const element of doc.querySelectorAll(`${INTERACTIVE},[tabindex]`)) {
    if (!isCandidate(element)) continue;
    if (++read > MAX_TARGETS) {
      truncated = true;
      break;
    }
    const box = layout.rect(element);
    if (!isDrawn(box, layout.style(element))) continue;
    const small = box.width < MIN_TARGET_PX || box.height < MIN_TARGET_PX;
    const inline = small && isInSentence(element, layout);
    targets.push({ element, box, cx: box.x + box.width / 2, cy: box.y + box.height / 2, small, inline });
  }
  return { targets, truncated };
}

/** The area a target can conflict in: its box, and for a small target also the box around its circle. */
function reach(t: Target): Box {
  if (!t.small) return t.box;
  const x = Math.min(t.box.x, t.cx - RADIUS);
  const y = Math.min(t.box.y, t.cy - RADIUS);
  const right = Math.max(t.box.x + t.box.width, t.cx + RADIUS);
  const bottom = Math.max(t.box.y + t.box.height, t.cy + RADIUS);
  return { x, y, width: right - x, height: bottom - y };
}

function cellRange(box: Box): { i0: number; i1: number; j0: number; j1: number } {
  const clamp = (v: number) => Math.max(-10_000, Math.min(10_000, Math.floor(v / CELL)));
  return { i0: clamp(box.x), i1: clamp(box.x + box.width), j0: clamp(box.y), j1: clamp(box.y + box.height) };
}

const cellKey = (i: number, j: number) => (i + 10_000) * 30_000 + (j + 10_000);

/**
 * Buckets targets by 64 px cells so that each small target is compared with its neighbours only: pages with
 * thousands of links stay linear instead of comparing every pair.
 */
interface Grid {
  cells: Map<number, number[]>;
  /** Targets too large to bucket, compared with every small target. */
  large: number[];
}

function buildGrid(targets: Target[]): Grid {
  const cells = new Map<number, number[]>();
  const large: number[] = [];
  targets.forEach((t, index) => {
    const { i0, i1, j0, j1 } = cellRange(reach(t));
    if ((i1 - i0 + 1) * (j1 - j0 + 1) > MAX_CELLS) {
      large.push(index);
      return;
    }
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const key = cellKey(i, j);
        const list = cells.get(key);
        if (list) list.push(index);
        else cells.set(key, [index]);
      }
    }
  });
  return { cells, large };
}

function distanceToBox(x: number, y: number, box: Box): number {
  const dx = Math.max(box.x - x, 0, x - (box.x + box.width));
  const dy = Math.max(box.y - y, 0, y - (box.y + box.height));
  return Math.hypot(dx, dy);
}

/**
 * The SC's spacing exception fails when the 24 px circle centred on a small target intersects another target,
 * or the circle of another small target. A target nested in another is one place to tap, not a neighbour.
 */
function conflicts(t: Target, other: Target): boolean {
  if (other === t || t.element.contains(other.element) || other.element.contains(t.element)) return false;
  if (distanceToBox(t.cx, t.cy, other.box) < RADIUS) return true;
  return other.small && Math.hypot(t.cx - other.cx, t.cy - other.cy) < 2 * RADIUS;
}

/** Distinct targets near a small target's circle, at most MAX_NEIGHBOURS (a pile of targets is crowded anyway). */
function neighbours(t: Target, grid: Grid, seen: Int32Array, stamp: number): number[] {
  const found: number[] = [];
  const { i0, i1, j0, j1 } = cellRange({ x: t.cx - RADIUS, y: t.cy - RADIUS, width: 2 * RADIUS, height: 2 * RADIUS });
  const lists = [grid.large];
  for (let i = i0; i <= i1; i++) for (let j = j0; j <= j1; j++) lists.push(grid.cells.get(cellKey(i, j)) ?? []);
  for (const list of lists) {
    for (const c of list) {
      if (seen[c] === stamp) continue;
      seen[c] = stamp;
      found.push(c);
      if (found.length >= MAX_NEIGHBOURS) return found;
    }
  }
  return found;
}

function findCrowded(targets: Target[]): Set<Target> {
  const grid = buildGrid(targets);
  const crowded = new Set<Target>();
  const seen = new Int32Array(targets.length).fill(-1);
  targets.forEach((t, index) => {
    if (!t.small || t.inline) return;
    if (neighbours(t, grid, seen, index).some((c) => conflicts(t, targets[c]!))) crowded.add(t);
  });
  return crowded;
}

function example(t: Target, crowded: boolean): TapTargetExample {
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    selector: elementSelector(t.element),
    label: elementLabel(t.element),
    width: round(t.box.width),
    height: round(t.box.height),
    crowded,
  };
}

/**
 * Interactive targets on the page against WCAG 2.2 SC 2.5.8: how many are under 24 x 24 CSS px, and how many of
 * those also lack the spacing that would excuse them (these fail). Reads layout: call in idle time only.
 */
export function checkTapTargets(doc: Document, layout: Layout): TapTargetCheck {
  const { targets, truncated } = readTargets(doc, layout);
  const small = targets.filter((t) => t.small && !t.inline);
  const crowded = findCrowded(targets);
  const ordered = [...small.filter((t) => crowded.has(t)), ...small.filter((t) => !crowded.has(t))];
  return {
    checked: targets.length,
    inline: targets.filter((t) => t.inline).length,
    tooSmall: small.length,
    crowded: crowded.size,
    truncated,
    examples: ordered.slice(0, MAX_PHONE_EXAMPLES).map((t) => example(t, crowded.has(t))),
  };
}
