import type { DBCore } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { giveCaptureConsent } from '../db/capture-consent';
import { openDatabase, type ShopwalkDb } from '../db/database';
import type { Measures } from '../model/measures';
import { census, field, group, interaction } from '../rules/support/test-touchpoint';
import { startedAudit, T0 } from '../recording/test-fixtures';
import { captureGate } from '../screenshot/capture-gate';
import { fakeFlagBrowser, TAB } from './flag-test-setup';
import { routeMessage } from './route-message';
import { serialQueue } from './serial-queue';
import { handleStorageFault } from './storage-fault';
import { readStorageFailure } from './storage-failure-state';

/** How many bytes a write may still take before the quota is exhausted; undefined: plenty of room. */
let room: number | undefined;

/**
 * A Dexie middleware that throws the browser's QuotaExceededError, as Chromium does when a transaction would take
 * more than the room left, for any write larger than `room` (its records' size as JSON, near enough).
 */
function quotaMiddleware(down: DBCore): DBCore {
  return {
    ...down,
    table(name) {
      const table = down.table(name);
      return {
        ...table,
        mutate: (request) =>
          room !== undefined &&
          (request.type === 'add' || request.type === 'put') &&
          JSON.stringify(request.values).length > room
            ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
            : table.mutate(request),
      };
    },
  };
}

/** A checkout step's form census with 40 fields: a write of several kilobytes. */
const bigForm = census([group(Array.from({ length: 40 }, (_, i) => field({ name: `field-${i}` })))]);
/** Room for a pause (a few hundred bytes), not for a checkout's forms. */
const LITTLE_ROOM = 1_500;

let db: ShopwalkDb;
let send: (message: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown[]>;
beforeEach(() => {
  room = undefined;
  db = openDatabase(`shopwalk-test-${crypto.randomUUID()}`);
  db.use({ stack: 'dbcore', name: 'quota', create: quotaMiddleware });
  fakeFlagBrowser();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  // Wired as entrypoints/background.ts wires it: a failed write of the recording (the tab's queue) and a failed
  // command both go to handleStorageFault.
  const ready = async () => db;
  const faults: Promise<unknown>[] = [];
  const onFault = (error: unknown) => {
    const handled = handleStorageFault(ready, error, T0 + 5_000);
    faults.push(handled);
    return handled;
  };
  const queue = serialQueue<number>((error) => void onFault(error));
  const route = routeMessage({ db: ready, enqueue: queue, captures: captureGate(0), onFault });
  send = async (message, sender) => {
    const replies: unknown[] = [];
    await new Promise<void>((resolve) => {
      const answers = route(message, sender, (reply) => resolve(void replies.push(reply)));
      if (!answers) resolve();
    });
    await queue(TAB.id!, async () => undefined); // the tab's earlier work is done
    await Promise.all(faults);
    return replies;
  };
});
afterEach(async () => {
  await db.delete();
});

const contentScript: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id, tab: TAB, frameId: 0 };
const sidePanel = (): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: browser.runtime.getURL('/sidepanel.html'),
});

/** Every record of the tables an audit's walk writes, to see that nothing was removed. */
async function records() {
  return { audits: await db.audits.count(), touchpoints: await db.touchpoints.toArray() };
}

/** The recorder in the audited page reports what it measured on a touchpoint. */
function measure(touchpointId: string, measures: Measures) {
  return send({ type: 'page/measure', touchpointId, measures }, contentScript);
}

describe('a full store while an audit records', () => {
  it('pauses the audit, keeps every record, and leaves the failure for the pages to read', async () => {
    const audit = await startedAudit(db, TAB.id!);
    const [page] = await db.touchpoints.toArray();
    await measure(page!.id, { interaction: interaction({ clicks: 2 }) });
    expect(await readStorageFailure()).toBeUndefined();
    const before = await records();

    room = LITTLE_ROOM;
    await measure(page!.id, { forms: bigForm });

    expect(await readStorageFailure()).toEqual({ reason: 'full', at: T0 + 5_000 });
    const paused = await db.audits.get(audit.id);
    expect(paused).toMatchObject({ status: 'paused', pauseReason: 'storage-full', tabId: TAB.id });
    const after = await records();
    expect(after.audits).toBe(before.audits);
    expect(after.touchpoints.map((t) => t.interaction?.clicks)).toEqual([2]);
    expect(after.touchpoints[0]!.forms).toBeUndefined();
  });

  it('keeps every record and the failure when even the pause cannot be written', async () => {
    const audit = await startedAudit(db, TAB.id!);
    const [page] = await db.touchpoints.toArray();
    const before = await records();

    room = 0;
    await measure(page!.id, { interaction: interaction({ clicks: 5 }) });

    expect(await readStorageFailure()).toEqual({ reason: 'full', at: T0 + 5_000 });
    expect(await records()).toEqual(before);
    expect((await db.audits.get(audit.id))?.status).toBe('active');
  });

  it('refuses to resume while the store is full, and resumes once there is room again', async () => {
    await giveCaptureConsent(db, T0);
    const audit = await startedAudit(db, TAB.id!);
    const [page] = await db.touchpoints.toArray();
    room = LITTLE_ROOM;
    await measure(page!.id, { forms: bigForm });
    expect((await db.audits.get(audit.id))?.status).toBe('paused');
    const resume = { type: 'audit/resume', auditId: audit.id, tabId: TAB.id };

    room = 0;
    expect(await send(resume, sidePanel())).toEqual([{ ok: false, error: 'storage-failed' }]);
    expect((await db.audits.get(audit.id))?.status).toBe('paused');
    expect(await readStorageFailure()).toBeDefined();

    room = undefined;
    expect(await send(resume, sidePanel())).toMatchObject([{ ok: true, audit: { status: 'active' } }]);
    expect(await readStorageFailure()).toBeUndefined();
  });
});
