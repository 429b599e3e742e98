import type { AutofillFieldName } from '../model/autofill-field';
import { CONTACT_FIELD_NAMES, NORMAL_FIELD_NAMES } from '../model/vocabulary';

export type AutocompleteState =
  | { status: 'absent' }
  | { status: 'on' }
  | { status: 'off' }
  | { status: 'valid'; fieldName: AutofillFieldName }
  | { status: 'invalid' };

const NORMAL = new Set<string>(NORMAL_FIELD_NAMES);
const CONTACT = new Set<string>(CONTACT_FIELD_NAMES);
const CONTACT_TYPES = new Set(['home', 'work', 'mobile', 'fax', 'pager']);

/**
 * Reads an autocomplete attribute by the HTML standard's grammar of autofill detail tokens
 * (https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#autofill-detail-tokens):
 * `on` or `off` alone, or in order an optional `section-*`, an optional `shipping`/`billing`, then a field name
 * (contact field names may be preceded by home/work/mobile/fax/pager), then an optional `webauthn`. Tokens are
 * ASCII case-insensitive. Whether the field name suits the control's type (the spec's control groups) is not
 * checked: browsers still fill such fields.
 */
export function parseAutocomplete(value: string | null): AutocompleteState {
  const tokens = (value ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return { status: 'absent' };
  if (tokens.length === 1 && (tokens[0] === 'on' || tokens[0] === 'off')) return { status: tokens[0] };
  let i = 0;
  const at = () => tokens[i] ?? '';
  if (at().startsWith('section-')) i++;
  if (at() === 'shipping' || at() === 'billing') i++;
  let fieldName = at();
  if (CONTACT_TYPES.has(fieldName)) {
    i++;
    fieldName = at();
    if (!CONTACT.has(fieldName)) return { status: 'invalid' };
  } else if (!NORMAL.has(fieldName) && !CONTACT.has(fieldName)) {
    return { status: 'invalid' };
  }
  i++;
  if (at() === 'webauthn') i++;
  if (i !== tokens.length) return { status: 'invalid' };
  return { status: 'valid', fieldName: fieldName as AutofillFieldName };
}
