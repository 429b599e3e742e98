import { emptyCounts } from '../../measure/census-counts';
import { emptyInteraction } from '../../measure/empty-interaction';
import type { FieldCounts, FieldEvidence, FormCensus, FormGroup } from '../../model/form-census';
import type { Interaction } from '../../model/interaction';
import type { Touchpoint } from '../../model/touchpoint';

/** Test fixtures: a touchpoint with nothing measured, and builders for the parts the rules read. */
export function touchpoint(overrides: Partial<Touchpoint> = {}): Touchpoint {
  return {
    id: 'tp1',
    auditId: 'a1',
    seq: 0,
    channel: 'web',
    url: 'https://shop.example/',
    origin: 'https://shop.example',
    title: 'Shop',
    arrival: 'load',
    backForward: false,
    enteredAt: 1_000_000,
    visibleMs: 0,
    note: '',
    ...overrides,
  };
}

export function field(overrides: Partial<FieldEvidence> = {}): FieldEvidence {
  return {
    selector: '#email',
    kind: 'text',
    type: 'email',
    required: true,
    name: 'E-mail',
    nameSource: 'label',
    inShadow: false,
    flags: [],
    ...overrides,
  };
}

export function group(fields: FieldEvidence[], overrides: Partial<FormGroup> = {}): FormGroup {
  const counts: FieldCounts = {
    ...emptyCounts(),
    fields: fields.length,
    password: fields.filter((f) => f.type === 'password').length,
  };
  return { selector: 'form', isForm: true, counts, captcha: [], fields, ...overrides };
}

export function census(groups: FormGroup[], totals: Partial<FieldCounts> = {}): FormCensus {
  const sum = (key: 'fields' | 'password') => groups.reduce((n, g) => n + g.counts[key], 0);
  return {
    groups,
    groupCount: groups.length,
    totals: { ...emptyCounts(), fields: sum('fields'), password: sum('password'), ...totals },
    captcha: [],
    shadowRoots: 0,
    sameOriginFrames: 0,
    crossOriginFrames: [],
    crossOriginFrameCount: 0,
    truncated: false,
  };
}

export function interaction(overrides: Partial<Interaction> = {}): Interaction {
  return { ...emptyInteraction(), ...overrides };
}
