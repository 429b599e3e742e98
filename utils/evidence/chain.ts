import type { ChainKind, ChainLink } from '../model/audit';
import { canonicalJson } from './canonical';
import type { ChainInput } from './chain-input';
import { chainOrder } from './chain-order';
import { sha256Hex } from './sha256';

/** What the first link follows: no link before it. */
export const GENESIS = '0'.repeat(64);

/** A record ready to link: its kind, id and canonical text. */
export interface CanonicalEntry {
  kind: ChainKind;
  id: string;
  canonical: string;
}

export interface Chain {
  /** The last link's hash: it depends on every chained fact of every record, and on their order. */
  head: string;
  links: ChainLink[];
}

/**
 * One link: SHA-256 of the previous link's hash, the record's kind and its canonical text, separated by line
 * feeds (the hash is fixed-length hex and a kind has no line feed, so no two inputs run together).
 */
export function linkHash(previous: string, kind: ChainKind, canonical: string): Promise<string> {
  return sha256Hex(`${previous}\n${kind}\n${canonical}`);
}

/** The records of an audit in chain order, each with its canonical text. */
export async function canonicalEntries(input: ChainInput): Promise<CanonicalEntry[]> {
  return Promise.all(
    chainOrder(input).map(async ({ kind, id, facts }) => ({ kind, id, canonical: await canonicalJson(facts) })),
  );
}

/** The evidence chain of an audit (docs/evidence-chain.md). Pure: the same records always give the same chain. */
export async function chainAudit(input: ChainInput): Promise<Chain> {
  const links: ChainLink[] = [];
  let previous = GENESIS;
  for (const { kind, id, canonical } of await canonicalEntries(input)) {
    previous = await linkHash(previous, kind, canonical);
    links.push({ kind, id, hash: previous });
  }
  return { head: previous, links };
}
