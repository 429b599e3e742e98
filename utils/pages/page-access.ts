/** Why Shopwalk cannot audit a page; each has a message for the user (i18n key `pageAccess.<reason>`). */
export type PageRefusal = 'no-page' | 'browser-page' | 'extension-store' | 'pdf' | 'local-file' | 'not-web';

export type PageAccess = { ok: true; origin: string } | { ok: false; reason: PageRefusal };

// Browsers refuse extensions access to their own stores (Chromium's ExtensionsClient::IsScriptableURL; Firefox's
// extensions.webextensions.restrictedDomains, which also closes a few Mozilla sites such as support.mozilla.org:
// there the journey is still recorded from navigation, without the page recorder).
const EXTENSION_STORES: readonly (readonly [host: string, pathPrefix: string])[] = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.mozilla.org', '/'],
];

/** Whether a tab's URL is a web page that an audit can walk, and if not, why not. */
export function classifyPage(url: string | undefined): PageAccess {
  if (!url) return { ok: false, reason: 'no-page' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'no-page' };
  }
  if (parsed.protocol === 'file:') return { ok: false, reason: 'local-file' };
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    const browserOwn = /^(chrome|edge|brave|opera|vivaldi|about|moz-extension|chrome-extension|devtools|view-source):$/;
    return { ok: false, reason: browserOwn.test(parsed.protocol) ? 'browser-page' : 'not-web' };
  }
  const host = parsed.hostname.toLowerCase();
  if (EXTENSION_STORES.some(([h, prefix]) => host === h && parsed.pathname.startsWith(prefix))) {
    return { ok: false, reason: 'extension-store' };
  }
  // The built-in PDF viewer is an extension page that no other extension may script.
  if (/\.pdf$/i.test(parsed.pathname)) return { ok: false, reason: 'pdf' };
  return { ok: true, origin: parsed.origin };
}

/** The match pattern that grants host access to one origin, as `permissions.request` takes it. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}
