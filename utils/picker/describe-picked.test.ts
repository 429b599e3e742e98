// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { elementDescriptionSchema } from '../model/finding-record';
import { describePicked, nameOf, roleOf } from './describe-picked';

beforeEach(() => {
  document.body.innerHTML = '';
});

const byId = (id: string) => document.getElementById(id)!;

describe('describePicked', () => {
  it('describes a button by selector, implicit role and its text', () => {
    document.body.innerHTML = `<main id="shop"><div class="actions"><button class="buy">Add to <b>cart</b></button></div></main>`;
    const picked = describePicked(document.querySelector('button')!);
    expect(elementDescriptionSchema.parse(picked)).toEqual({
      selector: '#shop > div.actions > button.buy',
      role: 'button',
      name: 'Add to cart',
    });
    expect(document.querySelector(picked.selector)).toBe(document.querySelector('button'));
  });

  it('names a field by its label and never by what was typed into it', () => {
    document.body.innerHTML = `<label for="mail">E-mail</label><input id="mail" type="email">
      <label>Notes <textarea id="notes"></textarea></label>`;
    (byId('mail') as HTMLInputElement).value = 'secret@example.com';
    (byId('notes') as HTMLTextAreaElement).value = 'typed secret';
    expect(describePicked(byId('mail'))).toEqual({ selector: '#mail', role: 'textbox', name: 'E-mail' });
    expect(describePicked(byId('notes')).name).toBe('Notes');
    const form = document.createElement('form');
    form.id = 'f';
    form.append(...document.body.childNodes);
    document.body.append(form);
    expect(JSON.stringify(describePicked(form))).not.toContain('secret');
  });

  it('takes an explicit role and aria-label over the implicit ones', () => {
    document.body.innerHTML = `<div id="tab" role="tab button" aria-label="Reviews (12)">★</div>`;
    expect(describePicked(byId('tab'))).toMatchObject({ role: 'tab', name: 'Reviews (12)' });
  });

  it('leaves out role and name when an element has neither', () => {
    document.body.innerHTML = `<div id="empty"><span></span></div>`;
    expect(describePicked(byId('empty'))).toEqual({ selector: '#empty' });
  });

  it('names the path through an open shadow root from the host', () => {
    document.body.innerHTML = `<shop-cart id="cart"></shop-cart>`;
    const root = byId('cart').attachShadow({ mode: 'open' });
    root.innerHTML = `<section><a href="/pay" class="pay">Pay now</a></section>`;
    expect(describePicked(root.querySelector('a')!)).toEqual({
      selector: '#cart >>> section > a.pay',
      role: 'link',
      name: 'Pay now',
    });
  });
});

describe('roleOf and nameOf', () => {
  it('knows the implicit roles of links, inputs and headings', () => {
    document.body.innerHTML = `<a id="a1" href="/x">x</a><a id="a2">y</a><input id="c" type="checkbox">
      <input id="n" type="number"><input id="s" type="submit" value="Go"><h2 id="h">Title</h2><span id="g">z</span>`;
    expect(['a1', 'a2', 'c', 'n', 's', 'h', 'g'].map((id) => roleOf(byId(id)))).toEqual([
      'link',
      undefined,
      'checkbox',
      'spinbutton',
      'button',
      'heading',
      undefined,
    ]);
  });

  it('names an image by its alt text and an element by aria-labelledby', () => {
    document.body.innerHTML = `<img id="i" alt="Rain jacket, blue"><p id="l">Delivery</p><div id="d" aria-labelledby="l">…</div>`;
    expect(nameOf(byId('i'))).toBe('Rain jacket, blue');
    expect(nameOf(byId('d'))).toBe('Delivery');
  });
});
