import { Dexie } from 'dexie';
import type { Task } from '../model/task';
import type { ShopwalkDb } from './database';

function ofAudit(db: ShopwalkDb, auditId: string) {
  return db.tasks.where('[auditId+seq]').between([auditId, Dexie.minKey], [auditId, Dexie.maxKey]);
}

/** An audit's tasks in the order they were started. */
export function tasksOf(db: ShopwalkDb, auditId: string): Promise<Task[]> {
  return ofAudit(db, auditId).toArray();
}

/** The task started last, running or not. */
export function lastTask(db: ShopwalkDb, auditId: string): Promise<Task | undefined> {
  return ofAudit(db, auditId).last();
}

/** The task running now: the last one, while it has not ended (tasks of an audit never overlap). */
export async function openTask(db: ShopwalkDb, auditId: string): Promise<Task | undefined> {
  const last = await lastTask(db, auditId);
  return last && last.endedAt === undefined ? last : undefined;
}
