import type { ShopwalkDb } from '../db/database';
import { findingsOf } from '../db/findings';
import { touchpointsOf } from '../db/journey';
import type { Audit } from '../model/audit';
import type { FindingRecord } from '../model/finding-record';
import type { Screenshot } from '../model/screenshot';
import type { Touchpoint } from '../model/touchpoint';
import { checkSeal, type SealCheck } from './check-seal';

/** An audit's records as stored: what the chain is computed over, with the audit's seal. */
export interface StoredEvidence {
  audit: Audit;
  touchpoints: Touchpoint[];
  findings: FindingRecord[];
  screenshots: Screenshot[];
}

/**
 * An audit's chained records as stored now, read in one transaction so that they are one moment. Reading only:
 * the chain is computed after the transaction, because Web Crypto's promises would end a Dexie transaction.
 */
export function storedEvidence(db: ShopwalkDb, auditId: string): Promise<StoredEvidence | undefined> {
  return db.transaction('r', [db.audits, db.touchpoints, db.findings, db.screenshots], async () => {
    const audit = await db.audits.get(auditId);
    if (!audit) return undefined;
    const [touchpoints, findings, screenshots] = await Promise.all([
      touchpointsOf(db, auditId),
      findingsOf(db, auditId),
      db.screenshots.where('auditId').equals(auditId).toArray(),
    ]);
    return { audit, touchpoints, findings, screenshots };
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
