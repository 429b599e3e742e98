import { describe, expect, it } from 'vitest';
import { svg, svgMarkup } from './svg-node';

describe('svgMarkup', () => {
  it('writes elements closed, attributes quoted and escaped, text escaped', () => {
    const node = svg('g', { 'data-x': '"><img src=x onerror=alert(1)>' }, [svg('text', { x: 1 }, 'a < b & "c"')]);
    expect(svgMarkup(node)).toBe(
      '<g data-x="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"><text x="1">a &lt; b &amp; &quot;c&quot;</text></g>',
    );
  });

  it('leaves out attributes without a value', () => {
    expect(svgMarkup(svg('rect', { x: 0, fill: undefined }))).toBe('<rect x="0"></rect>');
  });
});
