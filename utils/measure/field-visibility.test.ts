// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createVisibility } from './field-visibility';
import { fakeLayout } from './test-layout';

function renderingOf(html: string, id = 'f') {
  document.body.innerHTML = html;
  return createVisibility(document, fakeLayout(document))(document.getElementById(id)!);
}

describe('createVisibility', () => {
  it('sees an ordinary field as shown', () => {
    expect(renderingOf('<form><input id="f"></form>')).toBe('shown');
  });
  it('does not render what display:none, visibility or the hidden attribute hide, on the field or above it', () => {
    expect(renderingOf('<input id="f" style="display:none">')).toBe('not-rendered');
    expect(renderingOf('<div style="display:none"><p><input id="f"></p></div>')).toBe('not-rendered');
    expect(renderingOf('<div style="visibility:hidden"><input id="f"></div>')).toBe('not-rendered');
    expect(renderingOf('<input id="f" style="visibility:collapse">')).toBe('not-rendered');
    expect(renderingOf('<div style="visibility:hidden"><input id="f" style="visibility:visible"></div>')).toBe('shown');
    expect(renderingOf('<section hidden><input id="f"></section>')).toBe('not-rendered');
    expect(renderingOf('<input id="f" hidden>')).toBe('not-rendered');
  });
  it('does not render inert or aria-hidden subtrees, closed dialogs or content-visibility:hidden', () => {
    expect(renderingOf('<div inert><input id="f"></div>')).toBe('not-rendered');
    expect(renderingOf('<div aria-hidden="true"><input id="f"></div>')).toBe('not-rendered');
    expect(renderingOf('<select id="f" aria-hidden="true"></select>')).toBe('not-rendered');
    expect(renderingOf('<dialog><input id="f"></dialog>')).toBe('not-rendered');
    expect(renderingOf('<dialog open><input id="f"></dialog>')).toBe('shown');
    expect(renderingOf('<div style="content-visibility:hidden"><input id="f"></div>')).toBe('not-rendered');
  });
  it('shows only the summary of a closed <details>', () => {
    const html = (open: string) =>
      `<details ${open}><summary><input id="s" type="checkbox"></summary><div><input id="f"></div></details>`;
    expect(renderingOf(html(''))).toBe('not-rendered');
    expect(renderingOf(html(''), 's')).toBe('shown');
    expect(renderingOf(html('open'))).toBe('shown');
  });
  it('does not render what a zero-size ancestor clips', () => {
    expect(renderingOf('<div style="overflow:hidden" data-box="0 0 300 0"><input id="f"></div>')).toBe('not-rendered');
    expect(renderingOf('<div data-box="0 0 300 0"><input id="f"></div>')).toBe('shown');
  });
  it('calls tiny, off-page and transparent fields visually hidden', () => {
    expect(renderingOf('<input id="f" data-box="0 0 1 1">')).toBe('visually-hidden');
    expect(renderingOf('<input id="f" data-box="-9999 10 200 30">')).toBe('visually-hidden');
    expect(renderingOf('<input id="f" data-box="10 -5000 200 30">')).toBe('visually-hidden');
    expect(renderingOf('<input id="f" style="opacity:0">')).toBe('visually-hidden');
    expect(renderingOf('<div style="opacity:0"><input id="f"></div>')).toBe('visually-hidden');
    expect(renderingOf('<input id="f" data-box="10 700 200 30">')).toBe('shown');
  });
  it('crosses shadow boundaries to the host', () => {
    document.body.innerHTML = '<div id="host" style="display:none"></div><div id="open"></div>';
    const judge = createVisibility(document, fakeLayout(document));
    for (const id of ['host', 'open']) {
      document.getElementById(id)!.attachShadow({ mode: 'open' }).innerHTML = '<label><input id="f"></label>';
    }
    const inside = (id: string) => document.getElementById(id)!.shadowRoot!.getElementById('f')!;
    expect(judge(inside('host'))).toBe('not-rendered');
    expect(judge(inside('open'))).toBe('shown');
  });
});
