// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { failedElementUrl, failedRequestOf, stripQuery } from './failed-requests';

const entry = (name: string, responseStatus: number | undefined, initiatorType = 'fetch') => ({
  name,
  initiatorType,
  startTime: 1_500.4,
  ...(responseStatus === undefined ? {} : { responseStatus }),
});
const ORIGIN = 1_700_000_000_000;

describe('failedRequestOf', () => {
  it('counts 404 and 500 responses, with the URL stripped of query and fragment', () => {
    expect(failedRequestOf(entry('https://shop.example/api/search?q=rain+jacket#top', 404), ORIGIN)).toEqual({
      at: ORIGIN + 1_500,
      url: 'https://shop.example/api/search',
      status: 404,
      initiatorType: 'fetch',
    });
    expect(failedRequestOf(entry('https://shop.example/cart.js', 500, 'script'), ORIGIN)?.status).toBe(500);
  });
  it('does not count 200, status 0 (not exposed) or a browser without responseStatus', () => {
    expect(failedRequestOf(entry('https://shop.example/a.png', 200), ORIGIN)).toBeUndefined();
    expect(failedRequestOf(entry('https://cdn.example/a.png', 0), ORIGIN)).toBeUndefined();
    expect(failedRequestOf(entry('https://cdn.example/a.png', undefined), ORIGIN)).toBeUndefined();
  });
  it("ignores the extension's own files and inline data", () => {
    expect(failedRequestOf(entry('chrome-extension://abc/content-scripts/x.js', 404), ORIGIN)).toBeUndefined();
    expect(failedRequestOf(entry('moz-extension://abc/x.css', 404), ORIGIN)).toBeUndefined();
    expect(failedRequestOf(entry('data:image/png;base64,xx', 404), ORIGIN)).toBeUndefined();
  });
});

describe('stripQuery', () => {
  it('drops query, fragment and credentials', () => {
    expect(stripQuery('https://user:secret@shop.example/p/1?email=a%40b.de#x')).toBe('https://shop.example/p/1');
    expect(stripQuery('not a url?q=1')).toBe('not a url');
  });
});

describe('failedElementUrl', () => {
  it('names what an image or stylesheet tried to load, not inline data', () => {
    document.body.innerHTML = `<img id="i" src="https://shop.example/img/a.jpg?w=200"><img id="d" src="data:image/gif;base64,R0">`;
    const link = document.createElement('link'); // not connected: happy-dom would try to load it
    link.rel = 'stylesheet';
    link.href = '/s.css';
    expect(failedElementUrl(document.getElementById('i')!)).toBe('https://shop.example/img/a.jpg?w=200');
    expect(failedElementUrl(link)).toMatch(/^https?:\/\/.*\/s\.css$/);
    expect(failedElementUrl(document.getElementById('d')!)).toBeUndefined();
  });
});
