// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkSidewaysScroll } from './sideways-scroll';
import { fakeLayout } from './test-layout';

function check(html: string, scrollWidth: number) {
  document.body.innerHTML = html;
  return checkSidewaysScroll(document, fakeLayout(document, { width: 390, height: 844, scrollWidth }));
}

describe('checkSidewaysScroll', () => {
  it('finds no sideways scrolling on a page as wide as the viewport', () => {
    expect(check('<div data-box="0 0 390 100">fits</div>', 390)).toEqual({
      overflows: false,
      overflowPx: 0,
      viewportWidth: 390,
    });
  });

  it('ignores a pixel of sub-pixel rounding', () => {
    expect(check('<div data-box="0 0 391 100">fits</div>', 391).overflows).toBe(false);
  });

  it('measures the overflow and names the element reaching furthest right', () => {
    const result = check(
      '<div data-box="0 0 390 400"><table id="sizes" data-box="0 0 640 300"><tr><td data-box="0 0 200 20">S</td></tr></table></div>',
      640,
    );
    expect(result).toEqual({ overflows: true, overflowPx: 250, viewportWidth: 390, widestElement: '#sizes' });
  });

  it('does not blame what is clipped inside a carousel or fixed on screen', () => {
    const result = check(
      '<div class="carousel" style="overflow-x:hidden" data-box="0 0 390 200"><div data-box="0 0 4000 200"></div></div>' +
        '<div style="position:fixed" data-box="0 0 900 50"></div>' +
        '<img class="hero" data-box="0 300 500 200">',
      500,
    );
    expect(result.widestElement).toBe('img.hero');
  });
});
