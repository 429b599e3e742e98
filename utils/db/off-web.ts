import { sealAudit } from '../evidence/seal-audit';
import type { Stage } from '../model/stage';
import { isWeb, type OffWebChannel, type Touchpoint } from '../model/touchpoint';
import {
  newOffWebTouchpoint,
  offWebTimeFields,
  offWebTimesProblem,
  type OffWebContact,
  type OffWebTimes,
  type OffWebError,
} from '../recording/off-web-touchpoint';
import { err, ok, type Result } from '../result';
import type { ShopwalkDb } from './database';
import { nextSeq } from './journey';

export type { OffWebError };

/**
 * A finished audit's seal covers its contacts off the web too. Those are entered by the auditor, often after the
 * walk (a reply that came days later), so entering or correcting one seals the audit anew (docs/evidence-chain.md).
 */
async function resealIfFinished(db: ShopwalkDb, auditId: string, at: number): Promise<void> {
  const audit = await db.audits.get(auditId);
  if (audit?.status === 'finished') await sealAudit(db, auditId, at);
}

/** Adds a contact off the web to an audit, after every touchpoint there is; it shows in the journey by its time. */
export async function addOffWebTouchpoint(
  db: ShopwalkDb,
  auditId: string,
  contact: OffWebContact,
  at: number,
): Promise<Result<Touchpoint, OffWebError>> {
  const problem = offWebTimesProblem(contact.times, at);
  if (problem) return err(problem);
  const added = await db.transaction('rw', db.audits, db.touchpoints, async () => {
    if (!(await db.audits.get(auditId))) return undefined;
    const tp = newOffWebTouchpoint(auditId, await nextSeq(db, auditId), contact);
    await db.touchpoints.add(tp);
    return tp;
  });
  if (!added) return err('not-found');
  await resealIfFinished(db, auditId, at);
  return ok(added);
}

/** What the auditor may correct of a contact off the web. */
export interface OffWebChange {
  channel?: OffWebChannel;
  title?: string;
  stage?: Stage;
  times?: OffWebTimes;
}

/** Corrects a contact off the web; pages of the walk are not changed here. */
export async function updateOffWebTouchpoint(
  db: ShopwalkDb,
  touchpointId: string,
  change: OffWebChange,
  at: number,
): Promise<Result<Touchpoint, OffWebError>> {
  if (change.times) {
    const problem = offWebTimesProblem(change.times, at);
    if (problem) return err(problem);
  }
  const updated = await db.transaction('rw', db.touchpoints, async () => {
    const tp = await db.touchpoints.get(touchpointId);
    if (!tp || isWeb(tp)) return undefined;
    const { answeredAt: _a, leftAt: _l, ...rest } = tp;
    const next: Touchpoint = {
      ...(change.times ? rest : tp),
      ...(change.channel ? { channel: change.channel } : {}),
      ...(change.title !== undefined && change.title.trim() ? { title: change.title.trim() } : {}),
      ...(change.stage ? { stage: change.stage } : {}),
      ...(change.times ? offWebTimeFields(change.times) : {}),
    };
    await db.touchpoints.put(next);
    return next;
  });
  if (!updated) return err('not-found');
  await resealIfFinished(db, updated.auditId, at);
  return ok(updated);
}

/**
 * The stopwatch of a contact off the web: `answered` when a person picks up (or the reply arrives), `ended` when it
 * is over. A stamp already set stays: the stopwatch does not run twice.
 */
export async function stampOffWeb(
  db: ShopwalkDb,
  touchpointId: string,
  stamp: 'answered' | 'ended',
  at: number,
): Promise<Result<Touchpoint, OffWebError>> {
  const tp = await db.touchpoints.get(touchpointId);
  if (!tp || isWeb(tp)) return err('not-found');
  const times: OffWebTimes = { startedAt: tp.enteredAt, answeredAt: tp.answeredAt, endedAt: tp.leftAt };
  if (stamp === 'answered') times.answeredAt ??= at;
  else times.endedAt ??= at;
  return updateOffWebTouchpoint(db, touchpointId, { times }, at);
}

/** Removes a contact off the web the auditor entered by mistake, with the files kept with it. */
export async function removeOffWebTouchpoint(db: ShopwalkDb, touchpointId: string, at: number): Promise<void> {
  const removed = await db.transaction('rw', db.touchpoints, db.attachments, async () => {
    const tp = await db.touchpoints.get(touchpointId);
    if (!tp || isWeb(tp)) return undefined;
    await db.attachments.where('touchpointId').equals(touchpointId).delete();
    await db.touchpoints.delete(touchpointId);
    return tp;
  });
  if (removed) await resealIfFinished(db, removed.auditId, at);
}
