import { Dexie } from 'dexie';
import type { Audit } from '../model/audit';
import type { FindingRecord } from '../model/finding-record';
import type { Screenshot } from '../model/screenshot';
import type { Task } from '../model/task';
import type { Touchpoint } from '../model/touchpoint';
import type { ShopwalkDb } from './database';
import { touchpointsOf } from './journey';
import { tasksOf } from './tasks';

/** What a deletion removed, kept so that it can be undone. */
export interface Removed {
  audits: Audit[];
  touchpoints: Touchpoint[];
  tasks: Task[];
  findings: FindingRecord[];
  /** Kept in memory for Undo only while the undo bar shows: screenshots can be large. */
  screenshots: Screenshot[];
}

function findingsOf(db: ShopwalkDb, auditId: string): Promise<FindingRecord[]> {
  return db.findings.where('[auditId+createdAt]').between([auditId, Dexie.minKey], [auditId, Dexie.maxKey]).toArray();
}

export async function renameAudit(db: ShopwalkDb, auditId: string, shopName: string, at: number): Promise<void> {
  const name = shopName.trim();
  if (name) await db.audits.update(auditId, { shopName: name.slice(0, 200), updatedAt: at });
}

/**
 * Deletes audits with all their touchpoints, tasks, findings and screenshots, in one transaction, and returns what
 * was deleted.
 */
export function deleteAudits(db: ShopwalkDb, auditIds: readonly string[]): Promise<Removed> {
  return db.transaction('rw', [db.audits, db.touchpoints, db.tasks, db.findings, db.screenshots], async () => {
    const audits = (await db.audits.bulkGet([...auditIds])).filter((a): a is Audit => a !== undefined);
    const touchpoints = (await Promise.all(audits.map((a) => touchpointsOf(db, a.id)))).flat();
    const tasks = (await Promise.all(audits.map((a) => tasksOf(db, a.id)))).flat();
    await db.touchpoints.bulkDelete(touchpoints.map((t) => t.id));
    const findings = (await Promise.all(audits.map((a) => findingsOf(db, a.id)))).flat();
    const screenshots = (
      await Promise.all(audits.map((a) => db.screenshots.where('auditId').equals(a.id).toArray()))
    ).flat();
    await db.tasks.bulkDelete(tasks.map((t) => t.id));
    await db.findings.bulkDelete(findings.map((f) => f.id));
    await db.screenshots.bulkDelete(screenshots.map((s) => s.id));
    await db.audits.bulkDelete(audits.map((a) => a.id));
    return { audits, touchpoints, tasks, findings, screenshots };
  });
}

/** Puts deleted audits back as they were; the undo of `deleteAudits`. */
export function restoreAudits(db: ShopwalkDb, removed: Removed): Promise<void> {
  return db.transaction('rw', [db.audits, db.touchpoints, db.tasks, db.findings, db.screenshots], async () => {
    // A recording tab may have started another audit meanwhile; the restored one then waits, paused.
    const audits = removed.audits.map((a) => ({ ...a }));
    for (const audit of audits) {
      if (audit.tabId !== undefined && (await db.audits.where('tabId').equals(audit.tabId).count()) > 0) {
        delete audit.tabId;
        if (audit.status === 'active') Object.assign(audit, { status: 'paused', pauseReason: 'tab-closed' });
      }
    }
    await db.audits.bulkPut(audits);
    await db.touchpoints.bulkPut(removed.touchpoints);
    await db.tasks.bulkPut(removed.tasks);
    await db.findings.bulkPut(removed.findings);
    await db.screenshots.bulkPut(removed.screenshots);
  });
}
