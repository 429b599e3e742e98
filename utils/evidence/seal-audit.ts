import type { ShopwalkDb } from '../db/database';
import type { Audit } from '../model/audit';
import { chainAudit } from './chain';
import { storedEvidence } from './stored-evidence';

/**
 * Seals a finished audit: computes the evidence chain over its stored records and stores the head and links on it,
 * replacing an earlier seal (an audit finished again is sealed again). Called after the finishing transaction has
 * committed: the chain needs Web Crypto, whose promises a Dexie transaction cannot wait for, so the records are
 * read in one transaction and the seal written in a second. Returns the audit as stored; unfinished ones unsealed.
 */
export async function sealAudit(db: ShopwalkDb, auditId: string, at: number): Promise<Audit | undefined> {
  const evidence = await storedEvidence(db, auditId);
  if (!evidence || evidence.audit.status !== 'finished') return evidence?.audit;
  const { head, links } = await chainAudit(evidence);
  return db.transaction('rw', db.audits, async () => {
    const audit = await db.audits.get(auditId);
    if (!audit) return undefined;
    const sealed: Audit = { ...audit, chainHead: head, sealedAt: at, chainLinks: links };
    await db.audits.put(sealed);
    return sealed;
  });
}
