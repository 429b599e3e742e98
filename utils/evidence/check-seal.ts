import type { Audit } from '../model/audit';
import type { ChainInput } from './chain-input';
import { verifyChain, type BadLink } from './verify-chain';

/**
 * What a reader learns from an audit's seal: there is none (finished before sealing existed, or not finished), the
 * records are those sealed when the walk ended, or they changed since (and where first).
 */
export type SealCheck =
  | { state: 'unsealed' }
  | { state: 'unchanged'; sealedAt?: number }
  | { state: 'changed'; firstBadLink: BadLink | 'head' };

export type Seal = Pick<Audit, 'chainHead' | 'chainLinks' | 'sealedAt'>;

/** Checks an audit's records against the seal stored on the audit. */
export async function checkSeal(input: ChainInput, seal: Seal): Promise<SealCheck> {
  if (seal.chainHead === undefined) return { state: 'unsealed' };
  const verified = await verifyChain(input, seal.chainHead, seal.chainLinks);
  if (verified.ok) return { state: 'unchanged', sealedAt: seal.sealedAt };
  return { state: 'changed', firstBadLink: verified.firstBadLink };
}
