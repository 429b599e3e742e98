// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { draftGroup, finishGroup, formOf } from './census-group';

describe('formOf', () => {
  it('follows the form attribute, the nearest form, and forms around shadow hosts', () => {
    document.body.innerHTML =
      '<form id="a"><p><input id="in"></p><x-widget></x-widget></form><input id="out" form="a"><input id="none">';
    const inner = document.querySelector('x-widget')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<input id="deep">';
    const form = document.getElementById('a');
    expect(formOf(document.getElementById('in')!)).toBe(form);
    expect(formOf(document.getElementById('out')!)).toBe(form);
    expect(formOf(inner.getElementById('deep')!)).toBe(form);
    expect(formOf(document.getElementById('none')!)).toBeNull();
  });
});

describe('draftGroup', () => {
  it('names a form by its label, a document by body and a shadow root by its host', () => {
    document.body.innerHTML =
      '<h2 id="h">Shipping address</h2><form id="ship" aria-labelledby="h"></form><form name="login"></form>' +
      '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    expect(draftGroup(document.getElementById('ship')!, undefined).place).toEqual({
      selector: '#ship',
      isForm: true,
      name: 'Shipping address',
      id: 'ship',
    });
    expect(draftGroup(document.forms[1]!, '#pay').place).toMatchObject({ name: 'login', frame: '#pay' });
    expect(draftGroup(document, undefined).place).toEqual({ selector: 'body', isForm: false });
    expect(draftGroup(root, undefined).place).toEqual({ selector: '#host', isForm: false, shadowHost: '#host' });
  });
});

describe('finishGroup', () => {
  it('keeps evidence up to the room given, with selectors, and counts every field', () => {
    document.body.innerHTML = '<input id="a"><input id="b">';
    const draft = draftGroup(document, undefined);
    for (const id of ['a', 'b']) {
      draft.fields.push({
        selector: '',
        kind: 'text',
        type: 'text',
        required: false,
        name: id,
        nameSource: 'label',
        inShadow: false,
        flags: [],
      });
      draft.elements.push(document.getElementById(id)!);
    }
    const group = finishGroup(draft, 1);
    expect(group.counts.fields).toBe(2);
    expect(group.fields.map((f) => f.selector)).toEqual(['#a']);
  });
});
