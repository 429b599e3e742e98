import { describe, expect, it } from 'vitest';
import { finishAudit } from '../recording/audit-lifecycle';
import { arrived, startedAudit, T0, withTestDatabase } from '../recording/test-fixtures';
import { recordArrival } from '../recording/journey-events';
import { addAttachment, attachmentsOf } from './attachments';
import { lastTouchpoint, touchpointsOf } from './journey';
import { addOffWebTouchpoint, removeOffWebTouchpoint, stampOffWeb, updateOffWebTouchpoint } from './off-web';

const db = withTestDatabase();

const hotline = (startedAt: number) => ({
  channel: 'hotline' as const,
  title: 'Hotline: where is my order?',
  stage: 'service' as const,
  times: { startedAt },
});

describe('contacts off the web in the journey', () => {
  it('take the next position, and the walk in the tab goes on around them', async () => {
    const audit = await startedAudit(db(), 1);
    const first = (await touchpointsOf(db(), audit.id))[0]!;
    const call = await addOffWebTouchpoint(db(), audit.id, hotline(T0 + 10), T0 + 20);
    expect(call.ok && call.value.seq).toBe(1);
    // The page the customer is on is still the open one: the next page closes it, not the running call.
    expect((await lastTouchpoint(db(), audit.id))?.id).toBe(first.id);
    await recordArrival(db(), 1, arrived('https://shop.example/cart'), T0 + 30);
    const journey = await touchpointsOf(db(), audit.id);
    expect(journey.map((tp) => [tp.seq, tp.channel, tp.leftAt])).toEqual([
      [0, 'web', T0 + 30],
      [1, 'hotline', undefined],
      [2, 'web', undefined],
    ]);
  });

  it('refuse times out of order or in the future, and an unknown audit', async () => {
    const audit = await startedAudit(db(), 1);
    const late = { ...hotline(T0), times: { startedAt: T0, endedAt: T0 - 1 } };
    expect(await addOffWebTouchpoint(db(), audit.id, late, T0 + 5)).toEqual({ ok: false, error: 'end-before-start' });
    expect(await addOffWebTouchpoint(db(), audit.id, hotline(T0 + 99), T0)).toEqual({ ok: false, error: 'in-future' });
    expect(await addOffWebTouchpoint(db(), 'nope', hotline(T0), T0)).toEqual({ ok: false, error: 'not-found' });
  });

  it('are timed by the stopwatch: answered, then ended; a stamp is not set twice', async () => {
    const audit = await startedAudit(db(), 1);
    const call = await addOffWebTouchpoint(db(), audit.id, hotline(T0), T0);
    const id = call.ok ? call.value.id : '';
    await stampOffWeb(db(), id, 'answered', T0 + 240_000);
    await stampOffWeb(db(), id, 'answered', T0 + 250_000);
    await stampOffWeb(db(), id, 'ended', T0 + 600_000);
    expect(await db().touchpoints.get(id)).toMatchObject({
      enteredAt: T0,
      answeredAt: T0 + 240_000,
      leftAt: T0 + 600_000,
    });
  });

  it('can be corrected and removed with their files; pages of the walk cannot', async () => {
    const audit = await startedAudit(db(), 1);
    const page = (await touchpointsOf(db(), audit.id))[0]!;
    const mail = await addOffWebTouchpoint(
      db(),
      audit.id,
      { channel: 'email', title: 'Mail', stage: 'service', times: { startedAt: T0, answeredAt: T0 + 5 } },
      T0 + 10,
    );
    const id = mail.ok ? mail.value.id : '';
    const fixed = await updateOffWebTouchpoint(
      db(),
      id,
      { title: 'Return request', times: { startedAt: T0 } },
      T0 + 20,
    );
    expect(fixed.ok && fixed.value).toMatchObject({ title: 'Return request', enteredAt: T0 });
    expect(fixed.ok && fixed.value).not.toHaveProperty('answeredAt');
    expect(await updateOffWebTouchpoint(db(), page.id, { title: 'x' }, T0)).toEqual({ ok: false, error: 'not-found' });

    const file = Object.assign(new Blob(['Dear customer, …'], { type: 'text/plain' }), { name: 'reply.txt' });
    const kept = await addAttachment(db(), id, file, T0 + 30);
    expect(kept.ok && kept.value).toMatchObject({ name: 'reply.txt', type: 'text/plain', size: file.size });
    expect(await attachmentsOf(db(), id)).toHaveLength(1);
    expect(await addAttachment(db(), page.id, file, T0)).toEqual({ ok: false, error: 'not-found' });

    await removeOffWebTouchpoint(db(), id, T0 + 40);
    expect(await db().touchpoints.get(id)).toBeUndefined();
    expect(await attachmentsOf(db(), id)).toEqual([]);
    await removeOffWebTouchpoint(db(), page.id, T0 + 40);
    expect(await db().touchpoints.get(page.id)).toBeDefined();
  });

  it('added to a finished audit, seal it anew so that it stays verifiable', async () => {
    const audit = await startedAudit(db(), 1);
    await finishAudit(db(), audit.id, T0 + 10);
    const sealed = (await db().audits.get(audit.id))!;
    expect(sealed.chainHead).toBeDefined();
    await addOffWebTouchpoint(
      db(),
      audit.id,
      { channel: 'email', title: 'Reply to my complaint', stage: 'after-sales', times: { startedAt: T0 + 20 } },
      T0 + 50,
    );
    const resealed = (await db().audits.get(audit.id))!;
    expect(resealed.chainHead).not.toBe(sealed.chainHead);
    expect(resealed.sealedAt).toBe(T0 + 50);
  });
});
