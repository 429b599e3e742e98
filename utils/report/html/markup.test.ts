import { describe, expect, it } from 'vitest';
import { escaped, Markup } from './markup';

describe('escaped', () => {
  it('escapes every interpolated string, also inside attributes', () => {
    const title = '"><script>alert(1)</script>';
    expect(escaped`<p title="${title}">${title}</p>`.text).toBe(
      '<p title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });

  it('passes its own markup through, joins lists and writes nothing for undefined and false', () => {
    const items = ['a<b', 'c'].map((x) => escaped`<li>${x}</li>`);
    expect(escaped`<ul>${items}${undefined}${false}${0}</ul>`.text).toBe('<ul><li>a&lt;b</li><li>c</li>0</ul>');
    expect(escaped`${new Markup('<br>')}`.text).toBe('<br>');
  });
});
