import { MAX_URL } from '../model/limits';
import type { FailedRequest } from '../model/interaction';

/** The part of a Resource Timing entry this reads; `responseStatus` is there in Chromium 109+ only. */
export interface ResourceEntryLike {
  name: string;
  initiatorType: string;
  startTime: number;
  responseStatus?: number;
}

/**
 * A URL as evidence: without query string and fragment (they can carry what the customer typed into a search or
 * form that submits by GET) and without user name and password.
 */
export function stripQuery(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.search = '';
    parsed.hash = '';
    parsed.username = '';
    parsed.password = '';
    return parsed.href.slice(0, MAX_URL);
  } catch {
    return (url.split(/[?#]/)[0] ?? '').slice(0, MAX_URL); // not a URL the parser takes: cut by hand
  }
}

/** Requests of the page itself; the extension's own files and inline data are not the shop's. */
export function isPageRequest(url: string): boolean {
  return /^https?:/i.test(url);
}

/**
 * A failed request from one Resource Timing entry: an HTTP status of 400 or more. Status 0 means the browser does
 * not say (a cross-origin response without CORS, a cache hit in some versions, or a browser without
 * `responseStatus`): it is not counted here; load errors of such resources come from their `error` events.
 */
export function failedRequestOf(entry: ResourceEntryLike, timeOrigin: number): FailedRequest | undefined {
  const status = entry.responseStatus ?? 0;
  if (status < 400 || status > 999 || !isPageRequest(entry.name)) return undefined;
  return {
    at: Math.round(timeOrigin + entry.startTime),
    url: stripQuery(entry.name),
    status,
    initiatorType: entry.initiatorType.slice(0, 40),
  };
}

/**
 * The URL an element failed to load, from its `error` event (an <img>, <script>, <link rel=stylesheet>, <video>,
 * <audio>, <source>, <iframe>), or undefined if it names none.
 */
export function failedElementUrl(element: Element): string | undefined {
  const url =
    (element as HTMLImageElement).currentSrc ||
    (element as HTMLImageElement).src ||
    (element as HTMLLinkElement).href ||
    element.getAttribute('src') ||
    element.getAttribute('href');
  return typeof url === 'string' && isPageRequest(url) ? url : undefined;
}
