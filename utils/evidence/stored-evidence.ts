import { auditTables, recordsOf, type AuditRecords } from '../db/audit-records';
import type { ShopwalkDb } from '../db/database';
import { checkSeal, type SealCheck } from './check-seal';

/** An audit's records as stored: what the chain is computed over, with the audit's seal. */
export type StoredEvidence = Pick<AuditRecords, 'audit' | 'touchpoints' | 'findings' | 'screenshots'>;

/**
 * An audit's chained records as stored now, read in one transaction so that they are one moment. Reading only:
 * the chain is computed after the transaction, because Web Crypto's promises would end a Dexie transaction.
 */
export function storedEvidence(db: ShopwalkDb, auditId: string): Promise<StoredEvidence | undefined> {
  return db.transaction('r', auditTables(db), async () => {
    const audit = await db.audits.get(auditId);
    return audit && recordsOf(db, audit);
  });
}

/** Checks the records stored now against the audit's seal; the records come along, to name the one that differs. */
export async function checkStoredSeal(
  db: ShopwalkDb,
  auditId: string,
): Promise<{ check: SealCheck; evidence: StoredEvidence } | undefined> {
  const evidence = await storedEvidence(db, auditId);
  if (!evidence) return undefined;
  return { check: await checkSeal(evidence, evidence.audit), evidence };
}
