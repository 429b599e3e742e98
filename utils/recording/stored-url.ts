import type { Arrival } from '../model/touchpoint';
import { clipUrl } from './clip';

/**
 * The address a touchpoint keeps. A form sent with GET puts what the customer typed into the query string (a
 * search term, an e-mail address in a newsletter form); Shopwalk never stores typed values, so the query of a page
 * reached by a form submission keeps its parameter names and loses their values: `/search?q=`. Every other address
 * is kept as the browser showed it, clipped to the stored length.
 */
export function storedUrl(url: string, arrival: Arrival): string {
  if (arrival !== 'form-submit' || !url.includes('?')) return clipUrl(url);
  try {
    const parsed = new URL(url);
    const names = [...new Set(parsed.searchParams.keys())];
    parsed.search = names.map((name) => `${encodeURIComponent(name)}=`).join('&');
    return clipUrl(parsed.href);
  } catch {
    return clipUrl(url.slice(0, url.indexOf('?')));
  }
}
