// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { canChangeCensus } from './census-relevance';

function element(html: string): Element {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild!;
}

describe('canChangeCensus', () => {
  it('says yes for fields, labels, forms, CAPTCHAs, frames and style sheets, on the node or inside it', () => {
    for (const html of [
      '<input>',
      '<div><p><select></select></p></div>',
      '<section><textarea></textarea></section>',
      '<div role="combobox"></div>',
      '<p contenteditable></p>',
      '<label>Email</label>',
      '<div><form></form></div>',
      '<fieldset></fieldset>',
      '<div class="g-recaptcha"></div>',
      '<iframe></iframe>',
      '<style>.step-2 { display: block }</style>',
      '<link rel="Stylesheet" href="/checkout.css">',
    ]) {
      expect(canChangeCensus(element(html)), html).toBe(true);
    }
  });

  it('says yes for custom elements and shadow hosts, whose fields no selector from outside reaches', () => {
    expect(canChangeCensus(element('<card-fields></card-fields>'))).toBe(true);
    expect(canChangeCensus(element('<div><p><payment-widget></payment-widget></p></div>'))).toBe(true);
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<input>';
    const wrapper = document.createElement('article');
    wrapper.append(host);
    expect(canChangeCensus(wrapper)).toBe(true);
  });

  it('says no for content without any of these, and for text', () => {
    expect(canChangeCensus(element('<p>Update 3.14</p>'))).toBe(false);
    expect(
      canChangeCensus(
        element('<article class="card"><h2>Jacket</h2><img alt=""><button type="button">Add</button></article>'),
      ),
    ).toBe(false);
    expect(canChangeCensus(document.createTextNode('Cart (2)'))).toBe(false);
  });
});
