/**
 * The address as a link may carry it: only an absolute http: or https: URL, as the URL parser reads it (so
 * `JaVaScRiPt:`, `data:`, `file:` and the like, however spelt, are refused); undefined otherwise, and the report
 * shows the text without a link.
 */
export function httpUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined; // not an absolute URL: shown as text
  }
}
