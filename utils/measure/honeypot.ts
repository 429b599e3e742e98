import { inputType } from './field-control';

// Names anti-spam plugins give their trap fields (hp, honeypot, website/url/homepage, "leave this blank",
// Mailchimp's b_<list>_<id>), matched on name or id. Consulted only for fields that are not visible anyway:
// a visible "website" field is a real field.
const HONEYPOT_NAME =
  /^(hp|honey|honeypot|website|url|homepage|leave[-_ ]?(this[-_ ]?)?(blank|empty)|b_[0-9a-f]+_[0-9a-f]+)$|honeypot|^hp[-_]/i;

export function hasHoneypotName(el: Element): boolean {
  return [el.getAttribute('name'), el.id].some((n) => !!n && HONEYPOT_NAME.test(n.trim()));
}

/**
 * Whether a visually hidden field (1 px or less, off the page, or transparent) is still meant for people: a
 * custom-styled checkbox, radio or file picker is such a field, drawn by a visible <label> that the customer
 * clicks. Without a visible label, or with a trap's marks (tabindex=-1, autocomplete=off on a text field, a
 * honeypot name), it is a honeypot for bots and not counted.
 */
export function isMeantForPeople(el: Element, hasVisibleLabel: boolean): boolean {
  if (!hasVisibleLabel || hasHoneypotName(el)) return false;
  if (el.getAttribute('tabindex')?.trim() === '-1') return false;
  // Checkboxes and radios often carry autocomplete=off to stop Firefox restoring their state: no trap mark there.
  const checkable = el.localName === 'input' && /^(checkbox|radio)$/.test(inputType(el));
  return checkable || el.getAttribute('autocomplete')?.trim().toLowerCase() !== 'off';
}
