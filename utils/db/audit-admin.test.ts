import { describe, expect, it } from 'vitest';
import { addSampleAudit } from '../export/sample-audits';
import { withTestDatabase } from '../recording/test-fixtures';
import { deleteAudits, restoreAudits } from './audit-admin';
import { tasksOf } from './tasks';

const db = withTestDatabase();

describe('deleteAudits and restoreAudits', () => {
  it('deletes the audits’ tasks with them, and leaves other audits’ tasks', async () => {
    const gone = await addSampleAudit(db());
    const kept = await addSampleAudit(db());
    const removed = await deleteAudits(db(), [gone.audit.id]);
    expect(removed.tasks).toEqual(gone.tasks);
    expect(await tasksOf(db(), gone.audit.id)).toEqual([]);
    expect(await tasksOf(db(), kept.audit.id)).toEqual(kept.tasks);
  });

  it('puts the tasks back as they were on undo', async () => {
    const { audit, touchpoints, tasks } = await addSampleAudit(db(), { status: 'active', tabId: 3 });
    await restoreAudits(db(), await deleteAudits(db(), [audit.id]));
    expect(await db().audits.get(audit.id)).toEqual(audit);
    expect(await db().touchpoints.count()).toBe(touchpoints.length);
    expect(await tasksOf(db(), audit.id)).toEqual(tasks);
  });
});
