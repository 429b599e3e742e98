import { Dexie } from 'dexie';
import { reconcileFindings } from '../findings/reconcile-findings';
import type { FindingRecord, FindingVerdict } from '../model/finding-record';
import { newId } from '../model/id';
import { runRules, type RuleThresholds } from '../rules/run-rules';
import type { ShopwalkDb } from './database';
import { auditOfTab, boundAudits, touchpointsOf } from './journey';
import { readSetting } from './settings';

function ofAudit(db: ShopwalkDb, auditId: string) {
  return db.findings.where('[auditId+createdAt]').between([auditId, Dexie.minKey], [auditId, Dexie.maxKey]);
}

/** An audit's findings in the order recorded. */
export function findingsOf(db: ShopwalkDb, auditId: string): Promise<FindingRecord[]> {
  return ofAudit(db, auditId).toArray();
}

/**
 * Runs the friction rules over an audit's journey as stored now and stores what changed (see reconcileFindings),
 * in one transaction with the reads, so two refreshes cannot add the same proposal twice. Called whenever a
 * touchpoint's measurements or stage change; cheap (pure rules over one journey).
 */
export async function refreshFindings(db: ShopwalkDb, auditId: string, at: number): Promise<void> {
  const thresholds: RuleThresholds = await readSetting(db, 'ruleThresholds');
  await db.transaction('rw', db.audits, db.touchpoints, db.findings, async () => {
    // A finished audit's findings are what its walk found: evidence, no longer re-judged by the rules (the
    // auditor still confirms, dismisses and adds findings of their own).
    const audit = await db.audits.get(auditId);
    if (!audit || audit.status === 'finished') return;
    const journey = await touchpointsOf(db, auditId);
    const stored = await findingsOf(db, auditId);
    const changes = reconcileFindings(stored, runRules(journey, thresholds), { auditId, at, newId });
    if (changes.remove.length > 0) await db.findings.bulkDelete(changes.remove);
    if (changes.add.length + changes.update.length > 0) await db.findings.bulkPut([...changes.add, ...changes.update]);
  });
}

/** The auditor confirms or dismisses a finding, or takes the verdict back (`proposed`, for rule findings only). */
export async function decideFinding(
  db: ShopwalkDb,
  findingId: string,
  verdict: FindingVerdict,
  at: number,
): Promise<void> {
  await db.transaction('rw', db.findings, async () => {
    const finding = await db.findings.get(findingId);
    if (!finding || (verdict === 'proposed' && finding.source !== 'rule')) return;
    if (verdict === 'proposed') {
      const { decidedAt: _, ...undecided } = finding;
      await db.findings.put({ ...undecided, verdict });
    } else await db.findings.put({ ...finding, verdict, decidedAt: at });
  });
}

/** Refreshes the findings of the audit actively recording a tab, after something in its journey changed. */
export async function refreshFindingsOfTab(db: ShopwalkDb, tabId: number, at: number): Promise<void> {
  const audit = await auditOfTab(db, tabId);
  if (audit?.status === 'active') await refreshFindings(db, audit.id, at);
}

/** After the thresholds changed: the rules judge again every audit recording or paused in a tab. */
export async function refreshBoundAudits(db: ShopwalkDb, at: number): Promise<void> {
  for (const audit of await boundAudits(db)) await refreshFindings(db, audit.id, at);
}
