/** The audits a comparison shows, and its baseline, as the hash `#/compare?ids=a,b,c&baseline=a` names them. */
export interface CompareRoute {
  /** In the order chosen, each once. */
  ids: string[];
  /** One of `ids`: the one named, else the first. */
  baseline: string | undefined;
}

const COMPARE = /^#\/compare(?:\?(.*))?$/;

/** One id of the list as a query encodes it; a broken escape is no id. */
function decodePart(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' ')).trim();
  } catch {
    return ''; // "%E0%A4%A" and the like: a mangled link names no audit
  }
}

/** The comparison named by a hash; undefined when the hash names another view. */
export function parseCompareHash(hash: string): CompareRoute | undefined {
  const match = COMPARE.exec(hash);
  if (!match) return undefined;
  const query = match[1] ?? '';
  // Split before decoding: an id may hold an encoded comma.
  const raw = /(?:^|&)ids=([^&]*)/.exec(query)?.[1] ?? '';
  const ids = [...new Set(raw.split(',').map(decodePart).filter(Boolean))];
  const named = new URLSearchParams(query).get('baseline');
  return { ids, baseline: named && ids.includes(named) ? named : ids[0] };
}

/** The hash of a comparison. Ids are encoded one by one, so that the comma stays the separator. */
export function compareHash({ ids, baseline }: CompareRoute): string {
  const list = ids.map(encodeURIComponent).join(',');
  return baseline === undefined
    ? `#/compare?ids=${list}`
    : `#/compare?ids=${list}&baseline=${encodeURIComponent(baseline)}`;
}

/** A comparison of the audits still there: the others are counted as missing; a missing baseline gives way to the first. */
export interface ResolvedComparison {
  ids: string[];
  baseline: string | undefined;
  missing: number;
}

/** The route against the audits found in the database (an id may name one deleted since, or never stored). */
export function resolveComparison(route: CompareRoute, found: ReadonlySet<string>): ResolvedComparison {
  const ids = route.ids.filter((id) => found.has(id));
  const baseline = route.baseline !== undefined && ids.includes(route.baseline) ? route.baseline : ids[0];
  return { ids, baseline, missing: route.ids.length - ids.length };
}
