import { describe, expect, it } from 'vitest';
import { storedUrl } from './stored-url';

describe('storedUrl', () => {
  it('keeps the names and drops the values of a query that a form submission produced', () => {
    expect(storedUrl('https://shop.example/search?q=secret+marker&cat=2', 'form-submit')).toBe(
      'https://shop.example/search?q=&cat=',
    );
  });

  it('names a repeated parameter once', () => {
    expect(storedUrl('https://shop.example/f?size=M&size=L', 'form-submit')).toBe('https://shop.example/f?size=');
  });

  it('keeps the query of a page reached by a link, where the shop wrote it', () => {
    expect(storedUrl('https://shop.example/list?page=2', 'load')).toBe('https://shop.example/list?page=2');
  });

  it('keeps a form submission’s address without a query as it is', () => {
    expect(storedUrl('https://shop.example/checkout/address', 'form-submit')).toBe(
      'https://shop.example/checkout/address',
    );
  });

  it('drops a query it cannot parse whole', () => {
    expect(storedUrl('not a url?email=a@b.c', 'form-submit')).toBe('not a url');
  });
});
