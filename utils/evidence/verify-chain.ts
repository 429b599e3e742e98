import type { ChainKind, ChainLink } from '../model/audit';
import { canonicalEntries, GENESIS, linkHash, type CanonicalEntry } from './chain';
import type { ChainInput } from './chain-input';

/**
 * The first record that no longer matches the seal: `changed` (its chained facts differ), `added` (not in the seal)
 * or `missing` (sealed, gone now). `index` is its place in the chain: now for a changed or added record, at the
 * seal for a missing one.
 */
export interface BadLink {
  kind: ChainKind;
  id: string;
  index: number;
  problem: 'changed' | 'added' | 'missing';
}

/** `head`: every record matches its sealed link, yet the head does not: the seal itself was altered. */
export type ChainVerification = { ok: true } | { ok: false; firstBadLink: BadLink | 'head' };

const keyOf = (link: { kind: ChainKind; id: string }) => `${link.kind} ${link.id}`;

async function headOf(entries: readonly CanonicalEntry[]): Promise<string> {
  let previous = GENESIS;
  for (const { kind, canonical } of entries) previous = await linkHash(previous, kind, canonical);
  return previous;
}

/**
 * Which records differ from the seal, each judged on its own: a record is unchanged when hashing it after its
 * sealed predecessor gives its sealed link, so one altered record does not make every later one look altered.
 */
async function badLinks(entries: readonly CanonicalEntry[], sealed: readonly ChainLink[]): Promise<BadLink[]> {
  const sealedIndex = new Map(sealed.map((link, index) => [keyOf(link), index]));
  const bad: BadLink[] = [];
  for (const [index, { kind, id, canonical }] of entries.entries()) {
    const at = sealedIndex.get(keyOf({ kind, id }));
    if (at === undefined) {
      bad.push({ kind, id, index, problem: 'added' });
      continue;
    }
    const previous = at === 0 ? GENESIS : sealed[at - 1]!.hash;
    if ((await linkHash(previous, kind, canonical)) !== sealed[at]!.hash)
      bad.push({ kind, id, index, problem: 'changed' });
  }
  const present = new Set(entries.map(keyOf));
  for (const [index, { kind, id }] of sealed.entries()) {
    if (!present.has(keyOf({ kind, id }))) bad.push({ kind, id, index, problem: 'missing' });
  }
  return bad;
}

/**
 * Recomputes the chain over `input` and compares its head with the sealed one. On a difference, the sealed links
 * (when given) name the first record that no longer matches; without them only the head can be blamed.
 */
export async function verifyChain(
  input: ChainInput,
  expectedHead: string,
  sealedLinks?: readonly ChainLink[],
): Promise<ChainVerification> {
  const entries = await canonicalEntries(input);
  if ((await headOf(entries)) === expectedHead) return { ok: true };
  const [first] = sealedLinks ? (await badLinks(entries, sealedLinks)).sort((a, b) => a.index - b.index) : [];
  return { ok: false, firstBadLink: first ?? 'head' };
}
