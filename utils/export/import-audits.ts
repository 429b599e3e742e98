import { auditTables, type AuditRecords } from '../db/audit-records';
import type { ShopwalkDb } from '../db/database';
import type { Template } from '../model/scorecard';
import { isBuiltInTemplate } from '../scoring/templates/registry';
import type { Audit } from '../model/audit';
import type { Touchpoint } from '../model/touchpoint';
import { closing } from '../recording/touchpoint-time';
import type { ExportedAudit, ExportFile } from './format';
import { storedAttachment, storedScreenshot } from './binary-records';

export interface ImportOutcome {
  /** Ids of the audits added, in the file's order. */
  imported: string[];
  /** Ids of the audits skipped because an audit with that id is already here (imported before, or recorded here). */
  alreadyThere: string[];
}

type Records = AuditRecords;

/**
 * An audit that was recording when exported has no tab in this browser. It arrives as if the browser had closed
 * under it (as `reconcileTabs` treats it): paused where it was last seen, its open touchpoint left at that moment,
 * so that its visible time stops running and it can be resumed in any tab.
 */
function pausedOnArrival({ audit, touchpoints, ...parts }: Records): Records {
  const last = touchpoints.reduce<Touchpoint | undefined>((a, b) => (a && a.seq > b.seq ? a : b), undefined);
  const at = Math.max(audit.updatedAt, last?.enteredAt ?? 0);
  const settled = touchpoints.map((tp) => {
    if (tp !== last || tp.leftAt !== undefined) return tp;
    const { visibleSince: _, ...closed } = { ...tp, ...closing(tp, at) };
    return closed;
  });
  const paused: Audit = { ...audit, status: 'paused', pauseReason: 'browser-closed', updatedAt: at };
  return { ...parts, audit: paused, touchpoints: settled };
}

function toRecords(exported: ExportedAudit): Records {
  const { touchpoints, tasks, findings, screenshots, attachments, template: _template, ...audit } = exported;
  const records = {
    audit,
    touchpoints: touchpoints.map((tp) => ({ ...tp, auditId: audit.id })),
    // A task running at export keeps running, paused with its audit: a pause is not time on task.
    tasks: tasks.map((task) => ({ ...task, auditId: audit.id })),
    findings: findings.map((finding) => ({ ...finding, auditId: audit.id })),
    screenshots: screenshots.map((screenshot) => storedScreenshot(screenshot, audit.id)),
    attachments: attachments.map((attachment) => storedAttachment(attachment, audit.id)),
  };
  return audit.status === 'active' ? pausedOnArrival(records) : records;
}

/**
 * The user-made scorecards the imported audits are rated on, where this browser has none of that id: a template
 * here is kept (it may have been edited since), and built-in ids are never stored.
 */
async function addMissingTemplates(db: ShopwalkDb, audits: readonly ExportedAudit[]): Promise<void> {
  const carried = new Map<string, Template>();
  for (const { template } of audits) {
    if (template && !isBuiltInTemplate(template.id) && !carried.has(template.id)) carried.set(template.id, template);
  }
  const here = await db.templates.bulkGet([...carried.keys()]);
  await db.templates.bulkAdd([...carried.values()].filter((_, i) => here[i] === undefined));
}

/**
 * Adds a parsed export's audits with all their records, all or nothing: one transaction, so a failing write (a
 * record id that another audit here already has) rolls back every audit added before it. An audit already here is
 * neither duplicated nor overwritten: the copy here may have been edited since the export.
 */
export function importAudits(db: ShopwalkDb, file: ExportFile): Promise<ImportOutcome> {
  return db.transaction('rw', [...auditTables(db), db.templates], async () => {
    const here = await db.audits.bulkGet(file.audits.map((audit) => audit.id));
    const fresh = file.audits.filter((_, i) => here[i] === undefined);
    await addMissingTemplates(db, fresh);
    const records = fresh.map(toRecords);
    await db.audits.bulkAdd(records.map((r) => r.audit));
    await db.touchpoints.bulkAdd(records.flatMap((r) => r.touchpoints));
    await db.tasks.bulkAdd(records.flatMap((r) => r.tasks));
    await db.findings.bulkAdd(records.flatMap((r) => r.findings));
    await db.screenshots.bulkAdd(records.flatMap((r) => r.screenshots));
    await db.attachments.bulkAdd(records.flatMap((r) => r.attachments));
    return {
      imported: fresh.map((audit) => audit.id),
      alreadyThere: file.audits.filter((_, i) => here[i] !== undefined).map((audit) => audit.id),
    };
  });
}
