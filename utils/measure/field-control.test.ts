// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { comboboxPopupIds, CONTROL_CANDIDATES, controlOf } from './field-control';

function control(html: string, popupIds?: Set<string>) {
  document.body.innerHTML = html;
  return controlOf(document.body.firstElementChild!, popupIds);
}

describe('controlOf', () => {
  it('counts no buttons, submit, reset, image or hidden inputs', () => {
    for (const html of [
      '<input type="hidden">',
      '<input type="SUBMIT">',
      '<input type="reset">',
      '<input type="image">',
      '<input type="button">',
      '<button>Pay</button>',
      '<div>text</div>',
    ]) {
      expect(control(html), html).toBeUndefined();
    }
  });
  it('knows native kinds and treats unknown input types as text', () => {
    expect(control('<input>')).toEqual({ kind: 'text', type: 'text', native: true });
    expect(control('<input type="Email">')).toMatchObject({ kind: 'text', type: 'email' });
    expect(control('<input type="datetime">')).toMatchObject({ kind: 'text', type: 'text' });
    expect(control('<input type="date">')).toMatchObject({ kind: 'text', type: 'date' });
    expect(control('<input type="checkbox">')).toMatchObject({ kind: 'checkbox', type: 'checkbox' });
    expect(control('<input type="file">')).toMatchObject({ kind: 'file' });
    expect(control('<input type="range">')).toMatchObject({ kind: 'other', type: 'range' });
    expect(control('<select multiple></select>')).toMatchObject({ kind: 'select', type: 'select-multiple' });
    expect(control('<textarea></textarea>')).toMatchObject({ kind: 'textarea', type: 'textarea' });
  });
  it('counts custom widgets by their ARIA role, not their wrappers around native controls', () => {
    expect(control('<button role="combobox">Country</button>')).toEqual({
      kind: 'select',
      type: 'aria-combobox',
      native: false,
    });
    expect(control('<button role="switch" aria-checked="false"></button>')).toMatchObject({ kind: 'checkbox' });
    expect(control('<div role="textbox" aria-multiline="true"></div>')).toMatchObject({ kind: 'textarea' });
    expect(control('<div role="checkbox"><input type="checkbox"></div>')).toBeUndefined();
    expect(control('<input role="combobox">')).toMatchObject({ kind: 'text', type: 'text', native: true });
  });
  it('does not count a combobox popup listbox as a second field', () => {
    document.body.innerHTML = '<input role="combobox" aria-controls="list"><ul role="listbox" id="list"></ul>';
    const ids = comboboxPopupIds(document.querySelectorAll('*'));
    expect(controlOf(document.getElementById('list')!, ids)).toBeUndefined();
    expect(control('<div role="combobox"><div role="listbox"></div></div>')?.type).toBe('aria-combobox');
    expect(controlOf(document.querySelector('[role="listbox"]')!)).toBeUndefined();
    expect(control('<ul role="listbox"></ul>')).toMatchObject({ kind: 'select', type: 'aria-listbox' });
  });
  it('counts the outermost editable region as a textarea', () => {
    document.body.innerHTML = '<div contenteditable="true"><p contenteditable>inner</p></div>';
    expect(controlOf(document.body.firstElementChild!)).toMatchObject({ kind: 'textarea', type: 'contenteditable' });
    expect(controlOf(document.querySelector('p')!)).toBeUndefined();
    expect(control('<div contenteditable="false"></div>')).toBeUndefined();
  });
});

describe('CONTROL_CANDIDATES', () => {
  it('matches every element controlOf calls a field, so a census that only looks at candidates misses none', () => {
    const element = fc.record({
      tag: fc.constantFrom('div', 'span', 'input', 'select', 'textarea', 'button', 'x-field', 'p'),
      attributes: fc.dictionary(
        fc.constantFrom('role', 'type', 'contenteditable', 'aria-multiline', 'multiple'),
        fc.constantFrom('', 'textbox', ' Combobox ', 'switch', 'slider', 'true', 'false', 'plaintext-only', 'hidden'),
      ),
    });
    fc.assert(
      fc.property(element, ({ tag, attributes }) => {
        const el = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        document.body.replaceChildren(el);
        if (controlOf(el)) expect(el.matches(CONTROL_CANDIDATES)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});
