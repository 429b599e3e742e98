import type { ShopwalkDb } from '../db/database';
import { lastTask, openTask, tasksOf } from '../db/tasks';
import { MAX_NAME } from '../model/limits';
import { newId } from '../model/id';
import type { Task, Verdict } from '../model/task';
import { err, ok, type Result } from '../result';
import { clipText } from './clip';

/**
 * Why a change to a task was refused. The audit's own reasons (`not-found`, `not-active`, `finished`) are worded
 * like the audit lifecycle's (`error.<reason>`); the others are the task's own (`task.error.<reason>`).
 */
export type TaskError =
  | 'not-found'
  | 'not-active'
  | 'finished'
  | 'task-running'
  | 'no-task-running'
  | 'task-not-found'
  | 'task-not-ended'
  | 'task-unnamed';

/** The auditor's answers at the end of a task, or later. */
export interface TaskRating {
  outcome?: Verdict | undefined;
  seqAnswer?: number | undefined;
}

/** Which task to end: the one running in an audit, or a task named by its id (refused unless it runs). */
export type TaskRef = { auditId: string } | { taskId: string };

const cleanName = (name: string): string => name.trim().slice(0, MAX_NAME);

function rated(rating: TaskRating): Partial<Task> {
  return {
    ...(rating.outcome !== undefined && { outcome: rating.outcome }),
    ...(rating.seqAnswer !== undefined && { seqAnswer: rating.seqAnswer }),
  };
}

async function addTask(db: ShopwalkDb, auditId: string, name: string, at: number): Promise<Task> {
  const last = await lastTask(db, auditId);
  const task: Task = { id: newId(), auditId, seq: (last?.seq ?? -1) + 1, name, startedAt: at };
  await db.tasks.add(task);
  return task;
}

async function stopTask(db: ShopwalkDb, task: Task, change: Partial<Task>, at: number): Promise<Task> {
  const ended: Task = { ...task, ...change, endedAt: Math.max(at, task.startedAt) };
  await db.tasks.put(ended);
  return ended;
}

/** Tasks measure the walk, so they start only while the audit records. */
async function recordingAudit(db: ShopwalkDb, auditId: string): Promise<TaskError | undefined> {
  const audit = await db.audits.get(auditId);
  if (!audit) return 'not-found';
  if (audit.status === 'finished') return 'finished';
  return audit.status === 'active' ? undefined : 'not-active';
}

/**
 * Starts a task in a recording audit. One task runs at a time, and starting another while one runs is refused
 * (`task-running`) rather than ending the running one: its end time and outcome are evidence, so only the auditor
 * ends it, on purpose. The side panel offers Start only when no task runs; the keyboard toggles.
 */
export function startTask(db: ShopwalkDb, auditId: string, name: string, at: number): Promise<Result<Task, TaskError>> {
  const clean = cleanName(name);
  if (!clean) return Promise.resolve(err('task-unnamed'));
  return db.transaction('rw', db.audits, db.tasks, async () => {
    const refusal = await recordingAudit(db, auditId);
    if (refusal) return err(refusal);
    if (await openTask(db, auditId)) return err('task-running' as const);
    return ok(await addTask(db, auditId, clean, at));
  });
}

/** Ends the running task, with the auditor's verdict and SEQ answer if given (the keyboard gives neither). */
export function endTask(
  db: ShopwalkDb,
  ref: TaskRef,
  rating: TaskRating,
  at: number,
): Promise<Result<Task, TaskError>> {
  return db.transaction('rw', db.audits, db.tasks, async () => {
    let task: Task | undefined;
    if ('taskId' in ref) {
      task = await db.tasks.get(ref.taskId);
      if (!task) return err('task-not-found' as const);
      if (task.endedAt !== undefined) return err('no-task-running' as const);
    } else {
      if (!(await db.audits.get(ref.auditId))) return err('not-found' as const);
      task = await openTask(db, ref.auditId);
      if (!task) return err('no-task-running' as const);
    }
    return ok(await stopTask(db, task, rated(rating), at));
  });
}

/**
 * The keyboard's one key: starts a task named `nameFor(n)` (n counting from 1) when none runs, else ends the
 * running one without a verdict, which the side panel then asks for. One transaction, so two quick presses cannot
 * both start one.
 */
export function toggleTask(
  db: ShopwalkDb,
  auditId: string,
  nameFor: (n: number) => string,
  at: number,
): Promise<Result<Task, TaskError>> {
  return db.transaction('rw', db.audits, db.tasks, async () => {
    const running = await openTask(db, auditId);
    if (running) return ok(await stopTask(db, running, {}, at));
    const refusal = await recordingAudit(db, auditId);
    if (refusal) return err(refusal);
    const count = (await tasksOf(db, auditId)).length;
    return ok(await addTask(db, auditId, cleanName(nameFor(count + 1)), at));
  });
}

/** Changes one task, if it exists and `change` allows it; returns the task as stored after the change. */
function changeTask(
  db: ShopwalkDb,
  taskId: string,
  change: (task: Task) => Result<Partial<Task>, TaskError>,
): Promise<Result<Task, TaskError>> {
  return db.transaction('rw', db.tasks, async () => {
    const task = await db.tasks.get(taskId);
    if (!task) return err('task-not-found' as const);
    const changed = change(task);
    if (!changed.ok) return changed;
    await db.tasks.update(taskId, changed.value);
    return ok((await db.tasks.get(taskId))!);
  });
}

/** Gives or changes the verdict and the SEQ answer of an ended task (a running one has neither yet). */
export function rateTask(db: ShopwalkDb, taskId: string, rating: TaskRating): Promise<Result<Task, TaskError>> {
  return changeTask(db, taskId, (task) => (task.endedAt === undefined ? err('task-not-ended') : ok(rated(rating))));
}

export function renameTask(db: ShopwalkDb, taskId: string, name: string): Promise<Result<Task, TaskError>> {
  const clean = cleanName(name);
  return changeTask(db, taskId, () => (clean ? ok({ name: clean }) : err('task-unnamed')));
}

/** An empty note is no note: the field is removed, as every optional field without a value is. */
export function noteTask(db: ShopwalkDb, taskId: string, note: string): Promise<Result<Task, TaskError>> {
  return changeTask(db, taskId, () => ok({ note: note.trim() ? clipText(note) : undefined }));
}

/** Deletes a task (running or not); the others keep their positions. Returns what was deleted. */
export function deleteTask(db: ShopwalkDb, taskId: string): Promise<Result<Task, TaskError>> {
  return db.transaction('rw', db.tasks, async () => {
    const task = await db.tasks.get(taskId);
    if (!task) return err('task-not-found' as const);
    await db.tasks.delete(taskId);
    return ok(task);
  });
}

/**
 * Part of finishing an audit, inside its transaction: a task still running ends with the audit, `abandoned`
 * (see `taskOutcomeSchema`), unless the auditor gives it a verdict later.
 */
export async function abandonOpenTask(db: ShopwalkDb, auditId: string, at: number): Promise<void> {
  const running = await openTask(db, auditId);
  if (running) await stopTask(db, running, { outcome: 'abandoned' }, at);
}
