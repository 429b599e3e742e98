import type { FieldPurpose } from '../model/autofill-field';
import type { AutocompleteState } from './autocomplete-tokens';
import { inputType } from './field-control';

// Fields that hold no personal data although their words say "card", "address" or "name": a gift-card number,
// a coupon, a search, a note for the courier.
const NOT_PERSONAL =
  /gift|voucher|coupon|promo|discount|gutschein|rabatt|search|suche|\bq\b|message|comment|nachricht|kommentar|\bnotes?\b|anmerkung|bemerkung/;

// Checked in order, the first match wins, so the narrower purpose comes first ("card holder name" before "name",
// "e-mail address" before "address"). English, German, French, Spanish and Italian words, the languages of the
// shops we audit first; a field whose words are not here falls back to its type.
const PATTERNS: [RegExp, FieldPurpose][] = [
  [/\b(cc|card) ?(holder|owner|name)|name on (the )?card|karteninhaber|titulaire/, 'cc-name'],
  [
    /\b(cc|card|karten) ?(number|num|no|nummer)\b|cardnumber|kartennummer|\bccnum|numero de tarjeta|numéro de carte/,
    'cc-number',
  ],
  [/\b(cvc|cvv|cvv2|cvn|csc|cid)\b|security ?code|sicherheitscode|prüfnummer|cryptogramme/, 'cc-csc'],
  [/\b(exp|expiry|expiration|ablauf)\w* ?(month|mm|monat)\b/, 'cc-exp-month'],
  [/\b(exp|expiry|expiration|ablauf)\w* ?(year|yy|yyyy|jahr)\b/, 'cc-exp-year'],
  [/\b(cc ?exp|expiry|expiration|exp date|valid thru|gültig bis|ablaufdatum|mm ?yy)\b/, 'cc-exp'],
  [/\be ?mail|\bmail\b|courriel|correo/, 'email'],
  [/\b(otp|totp|2fa)\b|one ?time ?(code|password|pin)|verification ?code|bestätigungscode|sms ?code/, 'one-time-code'],
  [/pass ?word|passwort|kennwort|mot de passe|contraseña|\bpwd\b/, 'current-password'],
  [/phone|\btel\b|telefon|teléfono|téléphone|telefono|\bmobil|handy|\bcell|\bfon\b/, 'tel'],
  [/user ?name|\blogin\b|benutzername|\buser ?id\b|nom d.utilisateur/, 'username'],
  [/company|organi[sz]ation|\bfirma|unternehmen|société|societe|empresa|azienda/, 'organization'],
  [/salutation|anrede|civilit|honorific/, 'honorific-prefix'],
  [/first ?name|given ?name|fore ?name|vorname|prénom|prenom|\bnombre\b|\bfname\b/, 'given-name'],
  [/last ?name|sur ?name|family ?name|nach ?name|\bnom\b|apellido|cognome|\blname\b/, 'family-name'],
  [/\bzip|postal|post ?code|postleitzahl|\bplz\b|code postal|código postal|\bcap\b/, 'postal-code'],
  [/\bcity\b|\btown\b|\bort\b|wohnort|\bstadt\b|\bville\b|ciudad|città|localit|suburb/, 'address-level2'],
  [/\bstate\b|province|\bcounty\b|\bregion\b|bundesland|provincia/, 'address-level1'],
  [/country|\bland\b|\bpays\b|país|paese/, 'country'],
  [/address ?(line)? ?2|\baddr ?2|apartment|\bapt\b|\bsuite\b|adresszusatz|\bzusatz|complément/, 'address-line2'],
  [
    /street|address|\baddr\b|adresse|straße|strasse|\bstr\b|\brue\b|calle|dirección|direccion|indirizzo/,
    'address-line1',
  ],
  [/birth|\bbday\b|\bdob\b|geburt|naissance|nacimiento/, 'bday'],
  [/\bname\b|full ?name/, 'name'],
  [/\bqty\b|quantit|\bmenge\b|anzahl|cantidad/, 'quantity'],
];

const NEW_PASSWORD = /\bnew\b|confirm|repeat|retype|again|create|regist|sign ?up|\bneu|wiederhol|bestätig|choose/;

/** Words of a name, id or label: camelCase and separators split, lower-cased ("billing_firstName" -> "billing first name"). */
export function wordsOf(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[\s_\-[\].:/()*]+/g, ' ');
}

function refine(purpose: FieldPurpose, words: string, el: Element): FieldPurpose {
  if (purpose === 'current-password' && NEW_PASSWORD.test(words)) return 'new-password';
  if (purpose === 'address-line1' && el.localName === 'textarea') return 'street-address';
  if (purpose === 'bday') {
    if (/\b(day|tag|jour|día|dia)\b/.test(words)) return 'bday-day';
    if (/\b(month|monat|mois|mes)\b/.test(words)) return 'bday-month';
    if (/\b(year|jahr|année|año)\b/.test(words)) return 'bday-year';
  }
  return purpose;
}

/**
 * What a field asks for: its autocomplete token's field name when it has a valid one, else a guess from its
 * type (email, tel, password), then from the words of its name, id, accessible name and placeholder. Undefined
 * when nothing says (or the field is a search, coupon or note). The guess feeds "autocomplete missing" and the
 * phone keyboard check, so it errs towards saying nothing.
 */
export function fieldPurpose(
  el: Element,
  accessibleName: string,
  autocomplete: AutocompleteState,
): FieldPurpose | undefined {
  if (autocomplete.status === 'valid') return autocomplete.fieldName;
  const type = el.localName === 'input' ? inputType(el) : '';
  if (type === 'search') return undefined;
  const words = wordsOf(
    [el.getAttribute('name'), el.id, accessibleName, el.getAttribute('placeholder')].filter(Boolean).join(' '),
  );
  if (type === 'email') return 'email';
  if (type === 'tel') return 'tel';
  if (type === 'password') return refine('current-password', words, el);
  if (NOT_PERSONAL.test(words)) return undefined;
  const match = PATTERNS.find(([pattern]) => pattern.test(words));
  return match ? refine(match[1], words, el) : undefined;
}

/** Purposes a browser can fill from what it knows about the customer: fields that should carry a token. */
export function expectsAutocomplete(purpose: FieldPurpose | undefined): boolean {
  return purpose !== undefined && purpose !== 'quantity';
}
