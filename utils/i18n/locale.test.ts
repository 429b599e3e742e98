import { describe, expect, it } from 'vitest';
import { resolveLocale } from './locale';

describe('resolveLocale', () => {
  it('takes the language chosen in settings over the browser', () => {
    expect(resolveLocale('de', ['en-US'])).toBe('de');
  });
  it('follows the first browser language Shopwalk speaks', () => {
    expect(resolveLocale('auto', ['fr-FR', 'de-AT', 'en'])).toBe('de');
    expect(resolveLocale('auto', ['EN-gb'])).toBe('en');
  });
  it('falls back to English', () => {
    expect(resolveLocale('auto', ['fr', 'ja'])).toBe('en');
    expect(resolveLocale('auto', [])).toBe('en');
  });
});
