import { describe, expect, it } from 'vitest';
import { classifyPage, originPattern } from './page-access';

describe('classifyPage', () => {
  it.each([
    ['https://shop.example/jackets?size=m#reviews', 'https://shop.example'],
    ['http://shop.example/', 'http://shop.example'],
    ['http://127.0.0.1:8080/fixtures/checkout.html', 'http://127.0.0.1:8080'],
    ['https://shop.example:443/', 'https://shop.example'],
    ['HTTPS://Shop.EXAMPLE/Path', 'https://shop.example'],
    ['https://xn--mller-kva.example/', 'https://xn--mller-kva.example'],
    ['https://müller.example/', 'https://xn--mller-kva.example'],
  ])('lets an audit walk %s, with origin %s', (url, origin) => {
    expect(classifyPage(url)).toEqual({ ok: true, origin });
  });

  it.each([
    'chrome://extensions/',
    'chrome://newtab/',
    'about:blank',
    'about:addons',
    'edge://settings/',
    'brave://settings/',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html',
    'moz-extension://0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0/popup.html',
    'view-source:https://shop.example/',
    'devtools://devtools/bundled/inspector.html',
  ])('refuses the browser page %s', (url) => {
    expect(classifyPage(url)).toEqual({ ok: false, reason: 'browser-page' });
  });

  it.each([
    'https://chromewebstore.google.com/',
    'https://chromewebstore.google.com/detail/shopwalk/abcdefghijklmnop',
    'https://chrome.google.com/webstore/detail/abcdefghijklmnop',
    'https://microsoftedge.microsoft.com/addons/detail/abcdefghijklmnop',
    'https://addons.mozilla.org/en-US/firefox/addon/shopwalk/',
    'https://ADDONS.mozilla.org/',
  ])('refuses the extension store page %s', (url) => {
    expect(classifyPage(url)).toEqual({ ok: false, reason: 'extension-store' });
  });

  it('lets an audit walk the parts of the stores’ hosts that are not stores', () => {
    expect(classifyPage('https://chrome.google.com/intl/en/chrome/')).toEqual({
      ok: true,
      origin: 'https://chrome.google.com',
    });
    expect(classifyPage('https://microsoftedge.microsoft.com/')).toEqual({
      ok: true,
      origin: 'https://microsoftedge.microsoft.com',
    });
  });

  it('lets an audit walk a host that only ends like a store', () => {
    expect(classifyPage('https://notaddons.mozilla.org.shop.example/')).toMatchObject({ ok: true });
  });

  it.each([
    'https://shop.example/terms.pdf',
    'https://shop.example/files/AGB.PDF',
    'https://shop.example/a.pdf?download=1#page=2',
  ])('refuses the PDF %s', (url) => {
    expect(classifyPage(url)).toEqual({ ok: false, reason: 'pdf' });
  });

  it('lets an audit walk a page that only names a PDF in its query', () => {
    expect(classifyPage('https://shop.example/view?file=terms.pdf')).toMatchObject({ ok: true });
  });

  it.each(['file:///home/ada/shop.html', 'file:///C:/Users/Ada/terms.pdf'])('refuses the local file %s', (url) => {
    expect(classifyPage(url)).toEqual({ ok: false, reason: 'local-file' });
  });

  it.each([
    'mailto:service@shop.example',
    'data:text/html,<h1>hi</h1>',
    'javascript:void(0)',
    'ftp://files.example/',
    'blob:https://shop.example/1234',
  ])('refuses %s as not a web page', (url) => {
    expect(classifyPage(url)).toEqual({ ok: false, reason: 'not-web' });
  });

  it.each([undefined, '', 'not a url', 'shop.example', '/relative/path', 'http://', 'https://exa mple.com/'])(
    'refuses %j as no page at all',
    (url) => {
      expect(classifyPage(url)).toEqual({ ok: false, reason: 'no-page' });
    },
  );
});

describe('originPattern', () => {
  it('matches every path of the origin', () => {
    expect(originPattern('https://shop.example')).toBe('https://shop.example/*');
  });

  it('keeps the port of the origin', () => {
    expect(originPattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/*');
  });

  it('turns the origin of a walkable page into a pattern that covers the page', () => {
    const access = classifyPage('https://shop.example/checkout/payment');
    expect(access.ok && originPattern(access.origin)).toBe('https://shop.example/*');
  });
});
