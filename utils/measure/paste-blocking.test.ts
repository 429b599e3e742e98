// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createInlinePasteCheck } from './paste-blocking';

function blocked(html: string) {
  document.body.innerHTML = html;
  return createInlinePasteCheck()(document.getElementById('f')!);
}

describe('createInlinePasteCheck', () => {
  it('sees inline paste handlers that cancel, on the field or an ancestor', () => {
    expect(blocked('<input id="f" onpaste="return false">')).toBe(true);
    expect(blocked('<input id="f" onpaste="event.preventDefault();">')).toBe(true);
    expect(blocked('<form onpaste="return false;"><div><input id="f"></div></form>')).toBe(true);
    expect(blocked('<input id="f" oncopy="return false" >')).toBe(true);
  });
  it('lets handlers that do not cancel, and copy blocking elsewhere, pass', () => {
    expect(blocked('<input id="f" onpaste="track()">')).toBe(false);
    expect(blocked('<input id="f">')).toBe(false);
    expect(blocked('<div oncopy="return false"><input id="f"></div>')).toBe(false);
  });
});
