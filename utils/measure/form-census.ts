import type { CaptchaKind, FieldEvidence, FormCensus } from '../model/form-census';
import { MAX_CROSS_ORIGIN_FRAMES } from '../model/limits';
import { labelledByOf, labelsByFor, labelsOf } from './accessible-name';
import { CAPTCHA_CANDIDATES, captchaKindOf } from './captcha';
import { draftGroup, formOf, listGroups, type GroupDraft } from './census-group';
import { elementSelector, MAX_SELECTOR } from './describe-element';
import { comboboxPopupIds, CONTROL_CANDIDATES, controlOf, type Control } from './field-control';
import { addRadioOption, describeField, type FieldContext } from './field-record';
import { createVisibility, type Rendering } from './field-visibility';
import { isMeantForPeople } from './honeypot';
import type { Layout } from './layout';
import { createInlinePasteCheck } from './paste-blocking';

export interface CensusOptions {
  /** The Layout of the top document and of each same-origin frame's document (frame coordinates are its own). */
  layoutOf: (doc: Document) => Layout;
  /** Fields where a real paste was seen cancelled (runtime observation); inline handlers are found anyway. */
  isPasteBlocked?: (field: Element) => boolean;
  /** Defaults to `host.shadowRoot` (open roots); the content script may also open closed ones. */
  shadowRootOf?: (host: Element) => ShadowRoot | null;
}

/** What the census looks at closely: fields, CAPTCHAs and frames. Every other element is only asked for a shadow root. */
export const CENSUS_CANDIDATES = `${CONTROL_CANDIDATES}, ${CAPTCHA_CANDIDATES}, iframe, frame`;

/** Shadow roots and frames nested deeper than this are not entered (the census says it was truncated). */
const MAX_NESTING = 32;
const MAX_FRAME_NESTING = 4;

/** One document being walked: its layout and the caches that keep the walk linear. */
interface Scope {
  rendering: (el: Element) => Rendering;
  inlinePaste: (el: Element) => boolean;
  frame: string | undefined;
  frames: number;
  nesting: number;
}

function frameDocument(frame: Element): Document | null {
  try {
    const doc = (frame as HTMLIFrameElement).contentDocument;
    return doc?.documentElement ? doc : null;
  } catch {
    // Reading another origin's document throws in some browsers and returns null in others: both mean "skip".
    return null;
  }
}

function originOf(frame: Element): string {
  try {
    return new URL(frame.getAttribute('src') ?? '', frame.baseURI).origin.slice(0, MAX_SELECTOR);
  } catch {
    return 'null';
  }
}

/**
 * Counts the visible fields of a page, per form and per form-less field group, in its open (or opened) shadow
 * roots and same-origin frames too. Pure over the DOM: reads markup and layout, never a value. One pass over each
 * root's elements; caches make ancestor and label checks linear, so a page with thousands of fields is fine.
 *
 * Grouping: a field belongs to its form owner, else to the nearest <form> around it or around its shadow hosts;
 * fields in no form make one form-less group per document and per shadow root. A radio group (same name, same
 * form or root; or one role=radiogroup) is one field. Controls that are not rendered, and visually hidden ones not
 * meant for people (honeypots), are counted as skipped, not as fields; see field-visibility.ts and honeypot.ts.
 */
export function takeFormCensus(doc: Document, options: CensusOptions): FormCensus {
  const shadowRootOf = options.shadowRootOf ?? ((host: Element) => host.shadowRoot);
  const groups = new Map<Node, GroupDraft>();
  const radios = new Map<Node, Map<string, FieldEvidence>>();
  const captcha = new Set<CaptchaKind>();
  const crossOriginFrames: FormCensus['crossOriginFrames'] = [];
  let crossOriginFrameCount = 0;
  let sameOriginFrames = 0;
  let shadowRoots = 0;
  let truncated = false;

  function scopeOf(frameDoc: Document, frame: string | undefined, frames: number, nesting: number): Scope {
    const layout = options.layoutOf(frameDoc);
    return {
      rendering: createVisibility(frameDoc, layout),
      inlinePaste: createInlinePasteCheck(),
      frame,
      frames,
      nesting,
    };
  }

  function groupOf(el: Element, root: Document | ShadowRoot, scope: Scope): GroupDraft {
    const anchor = formOf(el) ?? root;
    let group = groups.get(anchor);
    if (!group) groups.set(anchor, (group = draftGroup(anchor, scope.frame)));
    return group;
  }

  /** The options seen so far of the radio group `el` belongs to, by name; undefined for a radio on its own. */
  function radioGroupOf(el: Element, control: Control, root: Document | ShadowRoot) {
    // HTML's radio button group: same name, same form owner, or no form owner and the same tree.
    const native = el.getAttribute('name') ? ((el as Partial<HTMLInputElement>).form ?? root) : null;
    const owner = control.native ? native : el.closest('[role="radiogroup"]');
    if (!owner) return undefined;
    let byName = radios.get(owner);
    if (!byName) radios.set(owner, (byName = new Map()));
    return byName;
  }

  function isHoneypot(el: Element, scope: Scope, ctx: FieldContext): boolean {
    const labels = [...labelsOf(el, ctx.labelsFor), ...labelledByOf(el)];
    return !isMeantForPeople(
      el,
      labels.some((label) => scope.rendering(label) === 'shown'),
    );
  }

  function visitField(el: Element, control: Control, root: Document | ShadowRoot, scope: Scope, ctx: FieldContext) {
    const group = groupOf(el, root, scope);
    const rendering = scope.rendering(el);
    if (rendering !== 'shown' && (rendering === 'not-rendered' || isHoneypot(el, scope, ctx))) {
      group.skipped[rendering === 'not-rendered' ? 'notRendered' : 'honeypot']++;
      return;
    }
    const options = control.kind === 'radio' ? radioGroupOf(el, control, root) : undefined;
    const name = el.getAttribute('name') ?? '';
    const existing = options?.get(name);
    if (existing) return addRadioOption(existing, el, control, ctx);
    const field = describeField(el, control, ctx);
    options?.set(name, field);
    group.fields.push(field);
    group.elements.push(el);
  }

  function visitFrame(frame: Element, scope: Scope) {
    // A frame that is not shown hides its whole document, which the frame's own layout cannot know. (Hidden
    // tracking frames are left out of the cross-origin list this way too.)
    if (scope.rendering(frame) !== 'shown') return;
    const inner = frameDocument(frame);
    if (!inner) {
      if (captchaKindOf(frame)) return;
      crossOriginFrameCount++;
      if (crossOriginFrames.length < MAX_CROSS_ORIGIN_FRAMES) {
        crossOriginFrames.push({ selector: elementSelector(frame), origin: originOf(frame) });
      }
      return;
    }
    if (scope.frames >= MAX_FRAME_NESTING || scope.nesting >= MAX_NESTING) {
      truncated = true;
      return;
    }
    sameOriginFrames++;
    const path = [scope.frame, elementSelector(frame)].filter(Boolean).join(' >> ').slice(0, MAX_SELECTOR);
    walk(inner, scopeOf(inner, path, scope.frames + 1, scope.nesting + 1));
  }

  function inspect(el: Element, root: Document | ShadowRoot, scope: Scope, ctx: FieldContext, popupIds: Set<string>) {
    const kind = captchaKindOf(el);
    if (kind && scope.rendering(el) !== 'not-rendered') {
      captcha.add(kind);
      groupOf(el, root, scope).captcha.add(kind);
    }
    if (el.localName === 'iframe' || el.localName === 'frame') visitFrame(el, scope);
    const control = controlOf(el, popupIds);
    if (control) visitField(el, control, root, scope, ctx);
  }

  function walk(root: Document | ShadowRoot, scope: Scope) {
    // The browser picks the few candidates by selector; the loop in script over every element only asks for a
    // shadow root (a host can be any custom element or div), which keeps a 5,000-element page's census cheap.
    const inspected = new Set(root.querySelectorAll(CENSUS_CANDIDATES));
    const popupIds = comboboxPopupIds(inspected);
    const isPasteBlocked = (el: Element) => scope.inlinePaste(el) || !!options.isPasteBlocked?.(el);
    const labelsFor = labelsByFor(root.querySelectorAll('label[for]'));
    const ctx: FieldContext = { labelsFor, inShadow: root.nodeType === 11, isPasteBlocked };
    for (const el of root.querySelectorAll('*')) {
      if (inspected.has(el)) inspect(el, root, scope, ctx, popupIds);
      const shadow = shadowRootOf(el);
      if (!shadow) continue;
      if (scope.nesting >= MAX_NESTING) truncated = true;
      else {
        shadowRoots++;
        walk(shadow, { ...scope, nesting: scope.nesting + 1 });
      }
    }
  }

  walk(doc, scopeOf(doc, undefined, 0, 0));

  const listed = listGroups(groups.values());
  return {
    groups: listed.groups,
    groupCount: listed.groupCount,
    totals: listed.totals,
    captcha: [...captcha],
    shadowRoots,
    sameOriginFrames,
    crossOriginFrames,
    crossOriginFrameCount,
    truncated: truncated || listed.truncated,
  };
}
