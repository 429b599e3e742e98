import { describe, expect, it } from 'vitest';
import { httpUrl } from './http-url';

describe('httpUrl', () => {
  it.each(['https://shop.example/kasse?x=1#a', 'http://127.0.0.1:8080/'])('keeps %s', (url) => {
    expect(httpUrl(url)).toBe(url);
  });

  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<b>', 'file:///etc/passwd', '/relative', ''])(
    'refuses %j',
    (url) => {
      expect(httpUrl(url)).toBeUndefined();
    },
  );
});
