import type { ShopwalkDb } from '../db/database';
import { openTouchpoint } from '../db/journey';
import type { Audit } from '../model/audit';
import type { FindingRecord } from '../model/finding-record';
import { newId } from '../model/id';
import type { Screenshot } from '../model/screenshot';
import type { Picked } from '../messages';
import type { Rendered } from '../screenshot/render-screenshot';

/** A new flag's defaults until the auditor says otherwise in its form: Nielsen's "minor", no category yet. */
export const NEW_FLAG = { category: 'other', severity: 2, note: '' } as const;

/**
 * Stores the auditor's flag at once, with its screenshot, on the touchpoint the customer is on: nothing is lost
 * if the panel closes before the form is filled in. One transaction: a finding never points at a missing image.
 */
export function storeFlag(
  db: ShopwalkDb,
  audit: Audit,
  picked: Picked,
  shot: Rendered,
  at: number,
): Promise<FindingRecord> {
  return db.transaction('rw', db.findings, db.screenshots, db.touchpoints, async () => {
    const touchpointId = (await openTouchpoint(db, audit.id))?.id;
    const where = touchpointId ? { touchpointId } : {};
    const screenshot: Screenshot = { id: newId(), auditId: audit.id, ...where, takenAt: at, ...shot };
    const { selector, name } = picked.element;
    const finding: FindingRecord = {
      id: newId(),
      auditId: audit.id,
      ...where,
      source: 'auditor',
      ruleId: 'manual',
      key: '',
      ...NEW_FLAG,
      evidence: { selector, ...(name ? { text: name } : {}), values: {} },
      element: picked.element,
      verdict: 'confirmed',
      screenshotId: screenshot.id,
      createdAt: at,
    };
    await db.screenshots.add(screenshot);
    await db.findings.add(finding);
    return finding;
  });
}

/** Saves what the auditor chose in the flag's form; only the auditor's own findings are changed here. */
export async function updateFlag(
  db: ShopwalkDb,
  findingId: string,
  change: Pick<FindingRecord, 'category' | 'severity' | 'note'>,
): Promise<boolean> {
  return db.transaction('rw', db.findings, async () => {
    const finding = await db.findings.get(findingId);
    if (finding?.source !== 'auditor') return false;
    await db.findings.update(findingId, change);
    return true;
  });
}

/** Deletes the auditor's flag and its screenshot (Discard in the form). */
export function discardFlag(db: ShopwalkDb, findingId: string): Promise<boolean> {
  return db.transaction('rw', db.findings, db.screenshots, async () => {
    const finding = await db.findings.get(findingId);
    if (finding?.source !== 'auditor') return false;
    if (finding.screenshotId) await db.screenshots.delete(finding.screenshotId);
    await db.findings.delete(findingId);
    return true;
  });
}
