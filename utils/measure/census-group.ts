import type { CaptchaKind, FieldCounts, FieldEvidence, FormGroup } from '../model/form-census';
import { MAX_FIELDS_PER_CENSUS, MAX_FIELDS_PER_GROUP, MAX_GROUPS } from '../model/limits';
import { labelledByOf, visibleText } from './accessible-name';
import { addCounts, countField, emptyCounts } from './census-counts';
import { elementSelector, MAX_LABEL } from './describe-element';

/**
 * A group while the census walks the page: its fields are collected first and counted at the end. Selectors are
 * worked out only for the fields kept as evidence (a selector looks at siblings: for every field of a long form
 * that would be quadratic), from `elements`, which runs beside `fields`.
 */
export interface GroupDraft {
  place: Pick<FormGroup, 'selector' | 'isForm' | 'name' | 'id' | 'frame' | 'shadowHost'>;
  fields: FieldEvidence[];
  elements: Element[];
  captcha: Set<CaptchaKind>;
  skipped: { notRendered: number; honeypot: number };
}

function hostOf(node: Node): Element | undefined {
  const root = node.getRootNode() as Node & { host?: Element };
  return root.nodeType === 11 ? root.host : undefined;
}

/**
 * The form a control belongs to: its form owner (which the `form` attribute can point elsewhere), else the
 * nearest <form> around it, also around the shadow hosts it lives in, so that a web component's fields count with
 * the checkout form the component sits in.
 */
export function formOf(el: Element): Element | null {
  const owner = (el as Partial<HTMLInputElement>).form;
  if (owner) return owner;
  for (let node: Element | undefined = el; node; node = hostOf(node)) {
    const form = node.closest('form');
    if (form) return form;
  }
  return null;
}

function formName(form: Element): string | undefined {
  const byRefs = labelledByOf(form)
    .map((e) => visibleText(e))
    .join(' ');
  const name = byRefs || form.getAttribute('aria-label') || form.getAttribute('title') || form.getAttribute('name');
  return name ? name.replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL) || undefined : undefined;
}

/**
 * A new group for a <form>, or for the form-less fields of a document (named `body`) or shadow root (named by
 * its host's selector).
 */
export function draftGroup(anchor: Element | Document | ShadowRoot, frame: string | undefined): GroupDraft {
  const host = anchor.nodeType === 11 ? (anchor as ShadowRoot).host : hostOf(anchor);
  const form = anchor.nodeType === 1 ? (anchor as Element) : undefined;
  const name = form && formName(form);
  return {
    place: {
      selector: form ? elementSelector(form) : host ? elementSelector(host) : 'body',
      isForm: !!form,
      ...(name ? { name } : {}),
      ...(form?.id ? { id: form.id.slice(0, MAX_LABEL) } : {}),
      ...(frame ? { frame } : {}),
      ...(host ? { shadowHost: elementSelector(host) } : {}),
    },
    fields: [],
    elements: [],
    captcha: new Set(),
    skipped: { notRendered: 0, honeypot: 0 },
  };
}

/** The stored group, with at most `room` fields of evidence. */
export function finishGroup(draft: GroupDraft, room: number): FormGroup {
  const counts = emptyCounts();
  for (const field of draft.fields) countField(counts, field);
  counts.skipped = { ...draft.skipped };
  const fields = draft.fields
    .slice(0, room)
    .map((field, i) => ({ ...field, selector: elementSelector(draft.elements[i]!) }));
  return { ...draft.place, counts, captcha: [...draft.captcha], fields };
}

/**
 * The groups worth listing (a field or a CAPTCHA), in the order met, within the caps on groups and evidence; the
 * totals count every group, those past the caps and the field-less ones (their skipped controls) too.
 */
export function listGroups(drafts: Iterable<GroupDraft>): {
  groups: FormGroup[];
  groupCount: number;
  totals: FieldCounts;
  truncated: boolean;
} {
  const totals = emptyCounts();
  const groups: FormGroup[] = [];
  let groupCount = 0;
  let truncated = false;
  let room = MAX_FIELDS_PER_CENSUS;
  for (const draft of drafts) {
    const keep = draft.fields.length > 0 || draft.captcha.size > 0;
    const listed = keep && groups.length < MAX_GROUPS;
    const group = finishGroup(draft, listed ? Math.min(room, MAX_FIELDS_PER_GROUP) : 0);
    addCounts(totals, group.counts);
    if (!keep) continue;
    groupCount++;
    if (!listed || group.fields.length < draft.fields.length) truncated = true;
    if (!listed) continue;
    room -= group.fields.length;
    groups.push(group);
  }
  return { groups, groupCount, totals, truncated };
}
