import { describe, expect, it } from 'vitest';
import { escapeMarkup } from './escape-markup';

describe('escapeMarkup', () => {
  it('turns every character that can open a tag, an entity or end an attribute into an entity', () => {
    expect(escapeMarkup(`"><img src=x onerror='alert(1)'>&amp;`)).toBe(
      '&quot;&gt;&lt;img src=x onerror=&#x27;alert(1)&#x27;&gt;&amp;amp;',
    );
  });

  it('leaves other text, umlauts and line breaks included, as it is', () => {
    expect(escapeMarkup('Größe M\nnicht lieferbar: 5 €')).toBe('Größe M\nnicht lieferbar: 5 €');
  });
});
