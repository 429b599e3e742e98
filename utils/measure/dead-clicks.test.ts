// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { interactiveByMarkup, isDeadClick, isOutsideDeadClickWatch, looksInteractive } from './dead-clicks';

const PAGE = 'https://shop.example/cart';

function fixture(html: string) {
  document.body.innerHTML = html;
  return (id: string) => document.getElementById(id)!;
}
const style = (el: Element) => getComputedStyle(el);

describe('looksInteractive', () => {
  it('takes buttons, links, summaries, labels, roles, clickable inputs and onclick as interactive', () => {
    const el = fixture(`
      <button id="b"><span id="inner">Pay</span></button><a id="a" href="#x">x</a><details><summary id="s">More</summary></details>
      <label id="l">Gift</label><div role="tab" id="tab">Tab</div><div role="switch" id="sw"></div>
      <input type="submit" id="submit"><input type="checkbox" id="cb"><div onclick="void 0" id="oc">go</div>`);
    for (const id of ['b', 'inner', 'a', 's', 'l', 'tab', 'sw', 'submit', 'cb', 'oc']) {
      expect(looksInteractive(el(id), style(el(id))), id).toBe(true);
    }
  });
  it('takes a pointer cursor (set on the element or inherited) as a promise', () => {
    const el = fixture(
      `<div id="card" style="cursor:pointer"><p id="title">Jacket</p></div><div id="plain">Text</div>`,
    );
    expect(looksInteractive(el('card'), style(el('card')))).toBe(true);
    expect(looksInteractive(el('title'), { cursor: 'pointer' })).toBe(true);
    expect(looksInteractive(el('plain'), style(el('plain')))).toBe(false);
  });
  it('does not take a disabled control or an anchor without href as interactive', () => {
    const el = fixture(
      `<button id="off" disabled>Pay</button><div role="button" aria-disabled="true" id="aria">x</div><a id="nohref">x</a>`,
    );
    expect(looksInteractive(el('off'), style(el('off')))).toBe(false);
    expect(looksInteractive(el('aria'), style(el('aria')))).toBe(false);
    expect(looksInteractive(el('nohref'), { cursor: 'auto' })).toBe(false);
  });
  it('finds the interactive ancestor of a click on an icon inside a button', () => {
    const el = fixture(`<button id="b"><span><svg><path id="p"></path></svg></span></button>`);
    expect(interactiveByMarkup(el('p'))).toBe(el('b'));
  });
});

describe('isOutsideDeadClickWatch', () => {
  it('leaves out text fields, links to other documents and new tabs, but not in-page links and buttons', () => {
    const el = fixture(`
      <input id="email"><select id="sel"></select><a id="next" href="/checkout">Next</a><a id="blank" href="#" target="_blank">x</a>
      <a id="hash" href="#reviews">Reviews</a><a id="js" href="javascript:void 0">x</a><button id="b">Pay</button>`);
    for (const id of ['email', 'sel', 'next', 'blank']) expect(isOutsideDeadClickWatch(el(id), PAGE), id).toBe(true);
    for (const id of ['hash', 'js', 'b']) expect(isOutsideDeadClickWatch(el(id), PAGE), id).toBe(false);
  });
});

describe('isDeadClick', () => {
  const candidate = { at: 0, activity: 7, url: PAGE };
  it('is dead when nothing happened and the URL stayed', () => {
    expect(isDeadClick(candidate, 7, PAGE)).toBe(true);
  });
  it('is alive after any page activity or a URL change', () => {
    expect(isDeadClick(candidate, 8, PAGE)).toBe(false);
    expect(isDeadClick(candidate, 7, `${PAGE}#step-2`)).toBe(false);
  });
});
