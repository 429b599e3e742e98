// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkSmallText, readViewportMeta } from './small-text';
import { fakeLayout } from './test-layout';

function check(html: string, head = '<meta name="viewport" content="width=device-width, initial-scale=1">') {
  document.head.innerHTML = head;
  document.body.innerHTML = html;
  return checkSmallText(document, fakeLayout(document, { width: 390, height: 844 }));
}

describe('checkSmallText', () => {
  it('measures the share of characters in 10 px footer text', () => {
    const result = check(
      '<style>footer { font-size: 10px }</style>' +
        '<main><p>Forty characters of body text, readable.</p></main>' + // 40 characters
        '<footer><p>Ten chars.</p><p>Ten more!!</p></footer>', // 20 characters at 10 px
    );
    expect(result).toMatchObject({ chars: 60, smallChars: 20, smallShare: 0.333, sampled: false });
    expect(result.examples.map((e) => e.fontSizePx)).toEqual([10, 10]);
    expect(result.examples[0]!.selector).toMatch(/^footer > p/);
  });

  it('counts 12 px text as legible and skips hidden text, scripts and typed textarea values', () => {
    const result = check(
      '<p style="font-size:12px">Twelve px!</p>' +
        '<p style="font-size:8px; display:none">hidden tiny text</p>' +
        '<p style="font-size:8px" data-box="-9999 0 100 20">off-screen tiny text</p>' +
        '<script>var tinyText = 1;</script><textarea style="font-size:8px">typed by the customer</textarea>',
    );
    expect(result).toMatchObject({ chars: 10, smallChars: 0, smallShare: 0 });
  });

  it('samples long pages evenly and says so', () => {
    const paragraphs = Array.from({ length: 3_000 }, (_, k) =>
      k % 2 ? '<p style="font-size:10px">small text</p>' : '<p>large text</p>',
    ).join('');
    const result = check(paragraphs);
    expect(result.sampled).toBe(true);
    expect(result.smallShare).toBeCloseTo(0.5, 1);
  });

  it('reports an empty page as no text, not as all small', () => {
    expect(check('')).toMatchObject({ chars: 0, smallShare: 0, examples: [] });
  });
});

describe('readViewportMeta', () => {
  const read = (content?: string) => {
    document.head.innerHTML = content === undefined ? '' : `<meta name="viewport" content="${content}">`;
    return readViewportMeta(document);
  };

  it('tells device-width, fixed and missing apart', () => {
    expect(read('width=device-width, initial-scale=1')).toEqual({ viewportMeta: 'device-width', zoomBlocked: false });
    expect(read('initial-scale=1')).toEqual({ viewportMeta: 'device-width', zoomBlocked: false });
    expect(read('width=1024')).toEqual({ viewportMeta: 'fixed', zoomBlocked: false });
    expect(read('')).toEqual({ viewportMeta: 'missing', zoomBlocked: false });
    expect(read()).toEqual({ viewportMeta: 'missing', zoomBlocked: false });
  });

  it('sees zoom blocked by user-scalable or a maximum scale under 2', () => {
    expect(read('width=device-width, user-scalable=no').zoomBlocked).toBe(true);
    expect(read('width=device-width; user-scalable=0').zoomBlocked).toBe(true);
    expect(read('width=device-width, maximum-scale=1').zoomBlocked).toBe(true);
    expect(read('width=device-width, maximum-scale=2, user-scalable=yes').zoomBlocked).toBe(false);
  });

  it('uses the last viewport tag, as Chrome does', () => {
    document.head.innerHTML =
      '<meta name="viewport" content="width=1200"><meta name="Viewport" content="width=device-width">';
    expect(readViewportMeta(document).viewportMeta).toBe('device-width');
  });
});
