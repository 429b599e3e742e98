import { describe, expect, it } from 'vitest';
import { sampleAudit, sampleTasks } from '../export/sample-audits';
import { withTestDatabase } from '../recording/test-fixtures';
import { lastTask, openTask, tasksOf } from './tasks';

const db = withTestDatabase();

describe('task queries', () => {
  it('give an audit’s tasks in the order started, whatever order they were written in, and no other audit’s', async () => {
    const audit = sampleAudit();
    const tasks = sampleTasks(audit);
    await db().tasks.bulkAdd([...tasks].reverse());
    await db().tasks.bulkAdd(sampleTasks(sampleAudit()));
    expect(await tasksOf(db(), audit.id)).toEqual(tasks);
    expect(await lastTask(db(), audit.id)).toEqual(tasks[1]);
  });

  it('find the running task: the last one, while it has no end', async () => {
    const active = sampleAudit({ status: 'active' });
    const finished = sampleAudit();
    await db().tasks.bulkAdd([...sampleTasks(active), ...sampleTasks(finished)]);
    expect((await openTask(db(), active.id))?.seq).toBe(1);
    expect(await openTask(db(), finished.id)).toBeUndefined();
    expect(await openTask(db(), 'none')).toBeUndefined();
  });
});
