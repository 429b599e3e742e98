// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeLayout } from '../measure/test-layout';
import { editableBoxes, MAX_EDITABLE_BOXES } from './editable-rects';

const boxes = () => editableBoxes(document, { layoutOf: (doc) => fakeLayout(doc, { width: 1000, height: 600 }) });

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('editableBoxes', () => {
  it('gives the box of every input, textarea, select and editable element, and nothing else', () => {
    document.body.innerHTML = `
      <input data-box="10 10 200 30"><input type="hidden" data-box="10 50 200 30">
      <textarea data-box="10 100 300 80"></textarea><select data-box="10 200 100 30"><option>DE</option></select>
      <div contenteditable data-box="400 10 300 100">typed</div><div contenteditable="false" data-box="400 200 10 10"></div>
      <button data-box="10 300 100 40">Buy</button><p data-box="10 400 500 20">Text</p>`;
    expect(boxes()).toEqual([
      { x: 10, y: 10, width: 200, height: 30 },
      { x: 10, y: 100, width: 300, height: 80 },
      { x: 10, y: 200, width: 100, height: 30 },
      { x: 400, y: 10, width: 300, height: 100 },
    ]);
  });

  it('leaves out fields outside the viewport, without size, or not drawn', () => {
    document.body.innerHTML = `
      <input data-box="10 700 200 30"><input data-box="-300 10 200 30"><input data-box="10 10 0 30">
      <input style="display:none" data-box="10 10 200 30"><input style="visibility:hidden" data-box="10 10 200 30">
      <input data-box="990 590 200 30">`;
    expect(boxes()).toEqual([{ x: 990, y: 590, width: 200, height: 30 }]);
  });

  it('finds fields in open shadow roots', () => {
    document.body.innerHTML = `<card-form data-box="0 0 500 300"></card-form>`;
    const root = document.querySelector('card-form')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<div><input data-box="20 40 160 24"></div>`;
    expect(boxes()).toEqual([{ x: 20, y: 40, width: 160, height: 24 }]);
  });

  it('asks the shadow root opener for closed roots', () => {
    document.body.innerHTML = `<card-form></card-form>`;
    const host = document.querySelector('card-form')!;
    const closed = host.attachShadow({ mode: 'closed' });
    closed.innerHTML = `<input data-box="5 5 50 20">`;
    const found = editableBoxes(document, {
      layoutOf: (doc) => fakeLayout(doc),
      shadowRootOf: (el) => (el === host ? closed : el.shadowRoot),
    });
    expect(found).toEqual([{ x: 5, y: 5, width: 50, height: 20 }]);
  });

  it('paints over a frame it cannot read whole, since typed data may be inside', () => {
    document.body.innerHTML = `<iframe srcdoc="<p>x</p>" data-box="100 100 300 50"></iframe>`;
    const frame = document.querySelector('iframe')!;
    Object.defineProperty(frame, 'contentDocument', { get: () => null });
    expect(boxes()).toEqual([{ x: 100, y: 100, width: 300, height: 50 }]);
  });

  it('finds fields in a same-origin frame, moved by where the frame sits', () => {
    document.body.innerHTML = `<iframe style="border: 2px solid; padding: 3px" data-box="100 200 400 100"
      srcdoc="<label>Card holder <input data-box='10 20 150 24'></label>"></iframe>`;
    expect(boxes()).toEqual([{ x: 115, y: 225, width: 150, height: 24 }]);
  });

  it('stops at the limit of boxes', () => {
    document.body.innerHTML = '<input>'.repeat(MAX_EDITABLE_BOXES + 5);
    expect(boxes()).toHaveLength(MAX_EDITABLE_BOXES);
  });
});
