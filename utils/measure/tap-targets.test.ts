// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { checkTapTargets } from './tap-targets';
import { fakeLayout } from './test-layout';

// happy-dom has no user-agent style sheet: give inline elements the display a browser would.
const UA_STYLES = '<style>a, span, em { display: inline } p, div, nav { display: block }</style>';

function check(html: string) {
  document.body.innerHTML = UA_STYLES + html;
  return checkTapTargets(document, fakeLayout(document, { width: 390, height: 844 }));
}

describe('checkTapTargets', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('lets a small icon link alone pass by spacing', () => {
    const result = check('<a href="/cart" aria-label="Cart" data-box="300 10 16 16" style="display:block">🛒</a>');
    expect(result).toMatchObject({ checked: 1, tooSmall: 1, crowded: 0 });
    expect(result.examples).toEqual([{ selector: 'a', label: 'Cart', width: 16, height: 16, crowded: false }]);
  });

  it('flags two small links 4 px apart as crowded', () => {
    const result = check(
      '<nav><a href="/a" style="display:block" data-box="10 10 16 16">A</a>' +
        '<a href="/b" style="display:block" data-box="30 10 16 16">B</a></nav>',
    );
    expect(result).toMatchObject({ checked: 2, tooSmall: 2, crowded: 2 });
    expect(result.examples.every((e) => e.crowded)).toBe(true);
  });

  it('flags a small target whose circle reaches a large neighbour', () => {
    const result = check('<button data-box="10 10 16 16">x</button><button data-box="28 0 100 44">Buy</button>');
    expect(result).toMatchObject({ checked: 2, tooSmall: 1, crowded: 1 });
  });

  it('passes a 44 x 44 button', () => {
    expect(check('<button data-box="10 10 44 44">Buy</button>')).toMatchObject({ checked: 1, tooSmall: 0, crowded: 0 });
  });

  it('exempts an inline link inside a sentence', () => {
    const result = check(
      '<p data-box="0 0 390 40">Read our <a href="/terms" data-box="70 4 40 14">terms</a> before you buy.</p>' +
        '<p data-box="0 44 390 40">Or the <a href="/privacy" data-box="60 48 40 14">privacy notice</a>.</p>',
    );
    expect(result).toMatchObject({ checked: 2, inline: 2, tooSmall: 0, crowded: 0 });
  });

  it('does not check hidden, disabled, visually-hidden or off-screen targets', () => {
    const result = check(
      '<a href="/h" style="display:none" data-box="0 0 10 10">h</a>' +
        '<a href="/v" style="visibility:hidden" data-box="20 0 10 10">v</a>' +
        '<a href="#main" class="sr-only" data-box="40 0 1 1">Skip to content</a>' +
        '<input name="website" data-box="-9999 0 10 10">' +
        '<button disabled data-box="60 0 10 10">x</button>' +
        '<input type="hidden" name="token">',
    );
    expect(result.checked).toBe(0);
  });

  it('counts role, onclick and tabindex targets but not tabindex=-1', () => {
    const result = check(
      '<div role="button" data-box="0 0 40 40">a</div><span onclick="void 0" data-box="0 50 40 40">b</span>' +
        '<div tabindex="0" data-box="0 100 40 40">c</div><div tabindex="-1" data-box="0 150 40 40">d</div>',
    );
    expect(result.checked).toBe(3);
  });

  it('does not count a target nested in another as its neighbour', () => {
    const result = check(
      '<div role="link" tabindex="0" data-box="0 0 300 100"><a href="/x" style="display:block" data-box="10 10 16 16">i</a></div>',
    );
    expect(result).toMatchObject({ checked: 2, tooSmall: 1, crowded: 0 });
  });

  // Bounded work, counted rather than timed (timed tests flake on shared machines); a page this size takes a few
  // seconds to build in happy-dom when the machine is busy, hence the longer timeout.
  it('checks a bounded number of targets on a page of 5,000 small links', { timeout: 30_000 }, () => {
    const links = Array.from(
      { length: 5_000 },
      (_, k) =>
        `<a href="/${k}" style="display:block" data-box="${(k % 20) * 20} ${Math.floor(k / 20) * 20} 16 16">${k}</a>`,
    ).join('');
    document.body.innerHTML = UA_STYLES + `<div>${links}</div>`;
    const result = checkTapTargets(document, fakeLayout(document, { width: 390, height: 844 }));
    expect(result.truncated).toBe(true);
    expect(result.checked).toBe(2_000);
    expect(result.crowded).toBe(2_000);
    expect(result.examples).toHaveLength(10);
  });
});
