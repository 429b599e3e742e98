import type { ValidationErrorKind } from '../model/interaction';
import { elementSelector } from './describe-element';
import { cleanPageMessage } from './js-errors';

/** How long after a submit the page's answer counts as its verdict on the form (Baymard: errors shown on submit). */
export const VALIDATION_WATCH_MS = 2_000;

/** Error classes common in shop themes and form libraries (Bootstrap, Magento, Shopify, WooCommerce, Formik). */
const ERROR_CLASS =
  /(^|[\s_-])(error|errors|invalid-feedback|field-error|form-error|error-message|errormessage|alert-danger|alert-error|notice--error|woocommerce-error|mage-error|validation-message|help-block-error)($|[\s_])/i;

const ALERT_SELECTOR =
  '[role="alert"], [aria-live="assertive"], [class*="error" i], [class*="invalid" i], [class*="danger" i]';

export interface ShownError {
  kind: ValidationErrorKind;
  element: Element;
  message: string;
}

/** Whether an element is an error message region: an alert, an assertive live region, or an error class. */
export function isErrorMessageElement(element: Element): boolean {
  if (element.getAttribute('role') === 'alert' || element.getAttribute('aria-live') === 'assertive') return true;
  if (/^(input|textarea|select|button|form|html|body)$/.test(element.localName)) return false;
  if (!ERROR_CLASS.test(element.getAttribute('class') ?? '')) return false;
  // A field group marked as failed (Bootstrap's .has-error) holds the label and the field, not the message.
  return !element.querySelector('input, select, textarea');
}

/** The text an error region shows, masked and clipped; never a control's value (controls are not read). */
export function errorText(element: Element): string {
  return cleanPageMessage(element.textContent ?? '');
}

/** The elements a field names as its error message with aria-errormessage. */
function errorMessageElements(field: Element): Element[] {
  const ids = (field.getAttribute('aria-errormessage') ?? '').split(/\s+/).filter(Boolean);
  return ids.flatMap((id) => field.ownerDocument.getElementById(id) ?? []);
}

/**
 * The errors a document shows now: fields marked aria-invalid="true" (with the message they point at) and error
 * regions with text. Only what the customer can see (`isShown`); a region inside another, or the message of an
 * invalid field, counts once. Reads style through `isShown`, so it runs in a timer after a submit, never per
 * mutation.
 */
export function collectShownErrors(root: ParentNode, isShown: (element: Element) => boolean): ShownError[] {
  const shown: ShownError[] = [];
  const fieldMessages: Element[] = [];
  for (const field of root.querySelectorAll('[aria-invalid="true"]')) {
    if (!isShown(field)) continue;
    const messages = errorMessageElements(field);
    fieldMessages.push(...messages);
    const message = cleanPageMessage(messages.map((m) => m.textContent ?? '').join(' '));
    shown.push({ kind: 'aria-invalid', element: field, message });
  }
  const regions = [...root.querySelectorAll(ALERT_SELECTOR)].filter(isErrorMessageElement);
  const counted = (region: Element) =>
    regions.some((outer) => outer !== region && outer.contains(region)) ||
    fieldMessages.some((message) => message.contains(region) || region.contains(message));
  for (const region of regions) {
    if (counted(region)) continue;
    const message = errorText(region);
    if (message && isShown(region)) shown.push({ kind: 'alert', element: region, message });
  }
  return shown;
}

/**
 * One key per error, so that the same error shown again is reported once: a field's by the field and message, an
 * alert's by its text alone (pages re-create alert regions on every submit, under a new selector).
 */
export function errorKey(kind: ValidationErrorKind, selector: string, message: string): string {
  return kind === 'alert' ? `${kind}\u0000${message}` : `${kind}\u0000${selector}\u0000${message}`;
}

export function shownErrorKey(error: ShownError): string {
  return errorKey(error.kind, elementSelector(error.element), error.message);
}

const VALIDITY_KEYS = [
  'valueMissing',
  'typeMismatch',
  'patternMismatch',
  'tooLong',
  'tooShort',
  'rangeUnderflow',
  'rangeOverflow',
  'stepMismatch',
  'badInput',
  'customError',
] as const;

/**
 * What the browser's own validation found wrong with a field, as ValidityState keys ("valueMissing typeMismatch").
 * Not `validationMessage`: Chrome's text quotes the value the customer typed.
 */
export function validityProblems(field: Element): string {
  const validity = (field as Partial<HTMLInputElement>).validity;
  if (!validity) return '';
  return VALIDITY_KEYS.filter((key) => validity[key]).join(' ');
}

/** Whether a click submits a form: a submit button or image input, or a <button> without a type inside a form. */
export function isSubmitControl(target: Element): boolean {
  const control = target.closest('button, input[type="submit" i], input[type="image" i]');
  if (!control) return false;
  if (control.localName === 'input') return true;
  const type = (control.getAttribute('type') ?? 'submit').toLowerCase();
  return type === 'submit' && ((control as HTMLButtonElement).form ?? control.closest('form')) !== null;
}

/** Whether an element is drawn: `checkVisibility` where the browser has it, else display and visibility up the tree. */
export function isShownByStyle(element: Element): boolean {
  if (typeof element.checkVisibility === 'function') return element.checkVisibility({ visibilityProperty: true });
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  for (let e: Element | null = element; e; e = e.parentElement) {
    const style = view.getComputedStyle(e);
    if (style.display === 'none' || (e === element && style.visibility === 'hidden')) return false;
  }
  return true;
}
