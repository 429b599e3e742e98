// A run of separators counts as one: templates with an empty field give titles like "Jacket | | Regenwald".
const TITLE_SEPARATORS = /(?:\s+[|–—·:-])+\s+/;

const letters = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * A shop name to prefill. Titles put the brand first ("Regenwald | Rain jackets") or last ("Rain jackets |
 * Regenwald"); the longest part that the host name contains wins, else the shortest part (brands are shorter than
 * taglines and product names), else the host name without "www.".
 */
export function guessShopName(title: string, url: string): string {
  let host = '';
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // not a URL: the title alone decides
  }
  const parts = title
    .split(TITLE_SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return (host || title.trim()).slice(0, 200);
  const hostLetters = letters(host);
  const matching = parts
    .filter((p) => letters(p).length > 2 && hostLetters.includes(letters(p)))
    .reduce<string | undefined>((a, b) => (a && a.length >= b.length ? a : b), undefined);
  const shortest = parts.reduce((a, b) => (b.length < a.length ? b : a));
  return (matching ?? shortest).slice(0, 200);
}
