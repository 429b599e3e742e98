import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownHref } from './escape-markdown';

describe('escapeMarkdown', () => {
  it('makes markup, emphasis, code, links and table pipes in page text literal', () => {
    expect(escapeMarkdown('<script>alert(1)</script> | *a* _b_ `c` [d](javascript:x) ~~e~~ \\')).toBe(
      '\\<script\\>alert(1)\\</script\\> \\| \\*a\\* \\_b\\_ \\`c\\` \\[d\\](javascript:x) \\~\\~e\\~\\~ \\\\',
    );
  });

  it('keeps a leading # from making a heading and a line break from ending a table row', () => {
    expect(escapeMarkdown('# Sale\n\n| 50 %')).toBe('\\# Sale \\| 50 %');
  });

  it('leaves ordinary punctuation alone', () => {
    expect(escapeMarkdown('Größe M. 1.-3. Mai, 5 € (inkl.)!')).toBe('Größe M. 1.-3. Mai, 5 € (inkl.)!');
  });
});

describe('markdownHref', () => {
  it('encodes the characters that would end a link early', () => {
    expect(markdownHref('https://shop.example/a (b)')).toBe('https://shop.example/a%20%28b%29');
  });
});
