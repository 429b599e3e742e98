// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { accessibleName, groupLabel, labelsByFor } from './accessible-name';

function nameOf(html: string, selector = '#f') {
  document.body.innerHTML = html;
  return accessibleName(document.querySelector(selector)!, labelsByFor(document.querySelectorAll('label')));
}

describe('accessibleName', () => {
  it('reads label[for] and a wrapping label, without the text of a select inside it', () => {
    expect(nameOf('<label for="f">E-mail</label><input id="f">')).toEqual({ name: 'E-mail', source: 'label' });
    expect(
      nameOf('<label>Country <select id="f"><option>Germany</option><option>France</option></select></label>'),
    ).toEqual({ name: 'Country', source: 'label' });
  });
  it('prefers aria-labelledby and aria-label, in that order, to labels', () => {
    expect(
      nameOf(
        '<span id="a">Street</span><span id="b">and number</span><label for="f">x</label>' +
          '<input id="f" aria-labelledby="a b" aria-label="ignored">',
      ),
    ).toEqual({ name: 'Street and number', source: 'aria-labelledby' });
    expect(nameOf('<input id="f" aria-label=" Postal  code ">')).toEqual({ name: 'Postal code', source: 'aria-label' });
    expect(nameOf('<input id="f" aria-labelledby="missing" title="City">')).toEqual({ name: 'City', source: 'title' });
  });
  it('never reads a value, even when aria-labelledby points at a field', () => {
    document.body.innerHTML = '<input id="other"><input id="f" aria-labelledby="other">';
    (document.getElementById('other') as HTMLInputElement).value = 'secret@example.com';
    const name = accessibleName(document.getElementById('f')!, new Map());
    expect(name).toEqual({ name: '', source: 'none' });
  });
  it('names a field by its placeholder last, and reports that as the source', () => {
    expect(nameOf('<input id="f" placeholder="Your e-mail">')).toEqual({ name: 'Your e-mail', source: 'placeholder' });
    expect(nameOf('<input id="f">')).toEqual({ name: '', source: 'none' });
  });
  it('names custom checkboxes by their content, custom text boxes not', () => {
    expect(nameOf('<div id="f" role="checkbox">I accept the terms</div>')).toEqual({
      name: 'I accept the terms',
      source: 'content',
    });
    expect(nameOf('<div id="f" role="textbox" contenteditable>typed text</div>').source).toBe('none');
  });
  it('looks aria-labelledby up in the field’s own shadow root', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<span id="l">Card number</span><input id="f" aria-labelledby="l">';
    expect(accessibleName(root.getElementById('f')!, new Map())).toEqual({
      name: 'Card number',
      source: 'aria-labelledby',
    });
  });
});

describe('groupLabel', () => {
  it('reads a fieldset legend or a radiogroup label', () => {
    document.body.innerHTML =
      '<fieldset><legend>Delivery</legend><input type="radio" id="a"></fieldset>' +
      '<div role="radiogroup" aria-label="Payment"><div role="radio" id="b"></div></div><input type="radio" id="c">';
    expect(groupLabel(document.getElementById('a')!)).toBe('Delivery');
    expect(groupLabel(document.getElementById('b')!)).toBe('Payment');
    expect(groupLabel(document.getElementById('c')!)).toBe('');
  });
});
