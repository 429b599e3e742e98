import { describe, expect, it } from 'vitest';
import { openTask, tasksOf } from '../db/tasks';
import { taskSchema } from '../model/task';
import { finishAudit, pauseAudit } from './audit-lifecycle';
import {
  deleteTask,
  endTask,
  noteTask,
  rateTask,
  renameTask,
  startTask,
  toggleTask,
  type TaskError,
} from './task-lifecycle';
import { startedAudit, storedRecord, T0, withTestDatabase } from './test-fixtures';

const TAB = 7;
const db = withTestDatabase();

/** Starts a task that the test needs; a refusal fails the test. */
async function startedTask(auditId: string, name = 'Find a rain jacket in size M', at = T0 + 1_000) {
  const started = await startTask(db(), auditId, name, at);
  if (!started.ok) throw new Error(`startTask refused: ${started.error}`);
  return started.value;
}

const refused = (error: TaskError) => ({ ok: false, error });

describe('startTask', () => {
  it('starts a named, running task at the given moment, valid and stored', async () => {
    const audit = await startedAudit(db(), TAB);
    const started = await startTask(db(), audit.id, '  Check out as a guest ', T0 + 2_000);
    expect(started.ok && started.value).toMatchObject({
      auditId: audit.id,
      seq: 0,
      name: 'Check out as a guest',
      startedAt: T0 + 2_000,
    });
    const task = started.ok ? started.value : undefined;
    expect(taskSchema.safeParse(task).success).toBe(true);
    expect(await openTask(db(), audit.id)).toEqual(task);
    const stored = await storedRecord(db(), 'audits', audit.id); // the audit itself is not touched
    expect(stored).toMatchObject({ updatedAt: T0 });
  });

  it('numbers tasks in the order started', async () => {
    const audit = await startedAudit(db(), TAB);
    const first = await startedTask(audit.id, 'First');
    await endTask(db(), { auditId: audit.id }, { outcome: 'success' }, T0 + 2_000);
    const second = await startedTask(audit.id, 'Second', T0 + 3_000);
    expect([first.seq, second.seq]).toEqual([0, 1]);
    expect((await tasksOf(db(), audit.id)).map((t) => t.name)).toEqual(['First', 'Second']);
  });

  it('refuses a second task while one runs, leaving the running one as it is', async () => {
    const audit = await startedAudit(db(), TAB);
    const running = await startedTask(audit.id);
    expect(await startTask(db(), audit.id, 'Another', T0 + 5_000)).toEqual(refused('task-running'));
    expect(await tasksOf(db(), audit.id)).toEqual([running]);
  });

  it('refuses a task without a name', async () => {
    const audit = await startedAudit(db(), TAB);
    expect(await startTask(db(), audit.id, '   ', T0)).toEqual(refused('task-unnamed'));
    expect(await db().tasks.count()).toBe(0);
  });

  it('cuts a long name to the limit', async () => {
    const audit = await startedAudit(db(), TAB);
    expect((await startedTask(audit.id, 'x'.repeat(500))).name).toHaveLength(200);
  });

  it('refuses a task in a paused, a finished or a missing audit', async () => {
    const paused = await startedAudit(db(), TAB);
    await pauseAudit(db(), paused.id, 'auditor', T0 + 500);
    expect(await startTask(db(), paused.id, 'Task', T0 + 1_000)).toEqual(refused('not-active'));
    const finished = await startedAudit(db(), TAB + 1);
    await finishAudit(db(), finished.id, T0 + 500);
    expect(await startTask(db(), finished.id, 'Task', T0 + 1_000)).toEqual(refused('finished'));
    expect(await startTask(db(), 'gone', 'Task', T0 + 1_000)).toEqual(refused('not-found'));
    expect(await db().tasks.count()).toBe(0);
  });
});

describe('endTask', () => {
  it('ends the running task of an audit with the verdict and SEQ answer', async () => {
    const audit = await startedAudit(db(), TAB);
    const task = await startedTask(audit.id);
    const ended = await endTask(db(), { auditId: audit.id }, { outcome: 'success', seqAnswer: 6 }, T0 + 61_000);
    expect(ended).toEqual({ ok: true, value: { ...task, endedAt: T0 + 61_000, outcome: 'success', seqAnswer: 6 } });
    expect(await db().tasks.get(task.id)).toEqual(ended.ok && ended.value);
    expect(await openTask(db(), audit.id)).toBeUndefined();
  });

  it('ends a task named by its id, without a verdict yet (as the keyboard does)', async () => {
    const audit = await startedAudit(db(), TAB);
    const task = await startedTask(audit.id);
    await endTask(db(), { taskId: task.id }, {}, T0 + 9_000);
    expect(await db().tasks.get(task.id)).toEqual({ ...task, endedAt: T0 + 9_000 }); // no outcome key at all
  });

  it('never ends a task before it started, whatever the clock says', async () => {
    const audit = await startedAudit(db(), TAB);
    const task = await startedTask(audit.id, 'Task', T0 + 5_000);
    const ended = await endTask(db(), { taskId: task.id }, {}, T0 + 4_000);
    expect(ended.ok && ended.value.endedAt).toBe(T0 + 5_000);
  });

  it('refuses when no task runs, and does not end one twice', async () => {
    const audit = await startedAudit(db(), TAB);
    expect(await endTask(db(), { auditId: audit.id }, {}, T0)).toEqual(refused('no-task-running'));
    const task = await startedTask(audit.id);
    await endTask(db(), { taskId: task.id }, { outcome: 'failure' }, T0 + 2_000);
    expect(await endTask(db(), { taskId: task.id }, { outcome: 'success' }, T0 + 3_000)).toEqual(
      refused('no-task-running'),
    );
    expect(await db().tasks.get(task.id)).toMatchObject({ endedAt: T0 + 2_000, outcome: 'failure' });
    expect(await endTask(db(), { taskId: 'gone' }, {}, T0)).toEqual(refused('task-not-found'));
    expect(await endTask(db(), { auditId: 'gone' }, {}, T0)).toEqual(refused('not-found'));
  });

  it('ends a task while the audit is paused', async () => {
    const audit = await startedAudit(db(), TAB);
    await startedTask(audit.id);
    await pauseAudit(db(), audit.id, 'auditor', T0 + 2_000);
    expect((await endTask(db(), { auditId: audit.id }, { outcome: 'success' }, T0 + 3_000)).ok).toBe(true);
  });
});

describe('toggleTask (the keyboard)', () => {
  const nameFor = (n: number) => `Task ${n}`;

  it('starts "Task 1" when none runs, then ends it without a verdict, then starts "Task 2"', async () => {
    const audit = await startedAudit(db(), TAB);
    const first = await toggleTask(db(), audit.id, nameFor, T0 + 1_000);
    expect(first.ok && first.value).toMatchObject({ name: 'Task 1', seq: 0, startedAt: T0 + 1_000 });
    const ended = await toggleTask(db(), audit.id, nameFor, T0 + 2_000);
    expect(ended.ok && ended.value).toMatchObject({ name: 'Task 1', endedAt: T0 + 2_000 });
    expect(ended.ok && 'outcome' in ended.value).toBe(false);
    const second = await toggleTask(db(), audit.id, nameFor, T0 + 3_000);
    expect(second.ok && second.value).toMatchObject({ name: 'Task 2', seq: 1 });
  });

  it('starts only one task when pressed twice at once', async () => {
    const audit = await startedAudit(db(), TAB);
    await Promise.all([toggleTask(db(), audit.id, nameFor, T0), toggleTask(db(), audit.id, nameFor, T0)]);
    const tasks = await tasksOf(db(), audit.id);
    expect(tasks).toHaveLength(1); // the second press ended what the first started
    expect(tasks[0]?.endedAt).toBe(T0);
  });

  it('starts nothing in a paused audit, but ends the task running there', async () => {
    const audit = await startedAudit(db(), TAB);
    await startedTask(audit.id);
    await pauseAudit(db(), audit.id, 'auditor', T0 + 2_000);
    expect((await toggleTask(db(), audit.id, nameFor, T0 + 3_000)).ok).toBe(true);
    expect(await toggleTask(db(), audit.id, nameFor, T0 + 4_000)).toEqual(refused('not-active'));
    expect(await db().tasks.count()).toBe(1);
  });
});

describe('rating, renaming, notes and deleting', () => {
  it('answers and changes the SEQ and the verdict of an ended task later', async () => {
    const audit = await startedAudit(db(), TAB);
    const task = await startedTask(audit.id);
    await endTask(db(), { taskId: task.id }, {}, T0 + 5_000);
    await rateTask(db(), task.id, { outcome: 'failure' });
    await rateTask(db(), task.id, { seqAnswer: 2 });
    const changed = await rateTask(db(), task.id, { seqAnswer: 3 });
    expect(changed.ok && changed.value).toMatchObject({ outcome: 'failure', seqAnswer: 3, endedAt: T0 + 5_000 });
  });

  it('refuses a rating of a task still running', async () => {
    const audit = await startedAudit(db(), TAB);
    const task = await startedTask(audit.id);
    expect(await rateTask(db(), task.id, { seqAnswer: 5 })).toEqual(refused('task-not-ended'));
    expect(await db().tasks.get(task.id)).toEqual(task);
  });

  it('renames a task, refusing an empty name', async () => {
    const audit = await startedAudit(db(), TAB);
    const task = await startedTask(audit.id);
    expect(await renameTask(db(), task.id, ' ')).toEqual(refused('task-unnamed'));
    const renamed = await renameTask(db(), task.id, ' Find boots ');
    expect(renamed.ok && renamed.value.name).toBe('Find boots');
    expect(await renameTask(db(), 'gone', 'x')).toEqual(refused('task-not-found'));
  });

  it('keeps a note, and removes the field when the note is emptied', async () => {
    const audit = await startedAudit(db(), TAB);
    const task = await startedTask(audit.id);
    await noteTask(db(), task.id, 'Size filter hidden');
    expect((await db().tasks.get(task.id))?.note).toBe('Size filter hidden');
    await noteTask(db(), task.id, '  ');
    expect(Object.hasOwn((await db().tasks.get(task.id)) ?? {}, 'note')).toBe(false);
  });

  it('deletes a task, running or not, and the next one starts after the last left', async () => {
    const audit = await startedAudit(db(), TAB);
    const first = await startedTask(audit.id, 'First');
    await endTask(db(), { taskId: first.id }, { outcome: 'success' }, T0 + 2_000);
    const second = await startedTask(audit.id, 'Second', T0 + 3_000);
    expect(await deleteTask(db(), second.id)).toEqual({ ok: true, value: second });
    expect(await openTask(db(), audit.id)).toBeUndefined();
    expect((await startedTask(audit.id, 'Third', T0 + 4_000)).seq).toBe(1);
    expect(await deleteTask(db(), second.id)).toEqual(refused('task-not-found'));
  });
});

describe('finishing the audit', () => {
  it('ends the running task at the same moment, abandoned', async () => {
    const audit = await startedAudit(db(), TAB);
    const task = await startedTask(audit.id);
    await finishAudit(db(), audit.id, T0 + 30_000);
    expect(await db().tasks.get(task.id)).toEqual({ ...task, endedAt: T0 + 30_000, outcome: 'abandoned' });
  });

  it('leaves ended tasks as they are, and the auditor can still give the abandoned one a verdict', async () => {
    const audit = await startedAudit(db(), TAB);
    const first = await startedTask(audit.id, 'First');
    await endTask(db(), { taskId: first.id }, { outcome: 'success', seqAnswer: 7 }, T0 + 2_000);
    const second = await startedTask(audit.id, 'Second', T0 + 3_000);
    await finishAudit(db(), audit.id, T0 + 4_000);
    expect(await db().tasks.get(first.id)).toMatchObject({ endedAt: T0 + 2_000, outcome: 'success', seqAnswer: 7 });
    const rated = await rateTask(db(), second.id, { outcome: 'failure', seqAnswer: 2 });
    expect(rated.ok && rated.value).toMatchObject({ endedAt: T0 + 4_000, outcome: 'failure', seqAnswer: 2 });
  });
});
