// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  collectShownErrors,
  isErrorMessageElement,
  isShownByStyle,
  isSubmitControl,
  validityProblems,
} from './validation-errors';

function fixture(html: string) {
  document.body.innerHTML = html;
  return (id: string) => document.getElementById(id)!;
}

describe('isErrorMessageElement', () => {
  it('knows alerts, assertive live regions and common error classes', () => {
    const el = fixture(`
      <div role="alert" id="alert"></div><div aria-live="assertive" id="live"></div>
      <span class="invalid-feedback" id="bs"></span><div class="field-error" id="fe"></div>
      <ul class="woocommerce-error" id="wc"></ul><div class="mage-error" id="mage"></div>`);
    for (const id of ['alert', 'live', 'bs', 'fe', 'wc', 'mage']) expect(isErrorMessageElement(el(id)), id).toBe(true);
  });
  it('does not take a field, a field group or an unrelated class for a message', () => {
    const el = fixture(`
      <input class="error" id="field"><div class="form-group has-error" id="group"><label>E-mail</label><input></div>
      <div class="terrorist-free-zone" id="word"></div><div aria-live="polite" id="polite"></div>`);
    for (const id of ['field', 'group', 'word', 'polite']) expect(isErrorMessageElement(el(id)), id).toBe(false);
  });
});

describe('collectShownErrors', () => {
  it('collects aria-invalid fields with their message and alerts with text, visible ones only, each once', () => {
    fixture(`
      <form>
        <input id="email" aria-invalid="true" aria-errormessage="email-error">
        <span id="email-error" class="error-message">Enter an e-mail address like name@example.com</span>
        <input id="zip" aria-invalid="true" style="display:none">
        <div role="alert"><p class="error">Card declined</p></div>
        <div role="alert"></div>
        <span class="invalid-feedback" style="display:none">Required</span>
      </form>`);
    const errors = collectShownErrors(document, isShownByStyle).map((e) => [
      e.kind,
      e.element.id || e.element.localName,
      e.message,
    ]);
    expect(errors).toEqual([
      ['aria-invalid', 'email', 'Enter an e-mail address like …@…'],
      ['alert', 'div', 'Card declined'],
    ]);
  });
  it('never reads a typed value: a field is described by selector, its message by the page text only', () => {
    fixture(`<input id="name" aria-invalid="true">`);
    (document.getElementById('name') as HTMLInputElement).value = 'marker-typed-123';
    const [error] = collectShownErrors(document, isShownByStyle);
    expect(error?.message).toBe('');
    expect(JSON.stringify(error?.message)).not.toContain('marker');
  });
});

describe('validityProblems', () => {
  it('names the failed ValidityState keys, not the browser message', () => {
    const el = fixture(`<input id="req" required><input id="mail" type="email" required>`);
    expect(validityProblems(el('req'))).toBe('valueMissing');
    (el('mail') as HTMLInputElement).value = 'not-an-address';
    expect(validityProblems(el('mail'))).toBe('typeMismatch');
    expect(validityProblems(document.body)).toBe('');
  });
});

describe('isSubmitControl', () => {
  it('takes submit buttons and typeless buttons in a form, not type=button or buttons outside forms', () => {
    const el = fixture(`
      <form><button id="typeless"><span id="icon">→</span></button><button type="button" id="plain">x</button>
      <input type="submit" id="input"></form><button id="outside">x</button>`);
    for (const id of ['typeless', 'icon', 'input']) expect(isSubmitControl(el(id)), id).toBe(true);
    for (const id of ['plain', 'outside']) expect(isSubmitControl(el(id)), id).toBe(false);
  });
});
