import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import type { ShopwalkDb } from '../db/database';
import { startedAudit, withTestDatabase } from '../recording/test-fixtures';
import { interaction } from '../rules/support/test-touchpoint';
import { captureGate } from '../screenshot/capture-gate';
import { TAB } from './flag-test-setup';
import { routeMessage } from './route-message';

const db = withTestDatabase();
const OWN_TAB = TAB.id!;
const OTHER_TAB = 9;

/** A content script's sender: the extension's id, but the URL of the page it runs in, in the tab it runs in. */
function contentScript(frameId = 0): Browser.runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, tab: TAB, frameId, url: 'https://shop.example/checkout' };
}

/** Every table, to see that nothing changed. */
async function snapshot(of: ShopwalkDb) {
  const tables = [of.audits, of.touchpoints, of.tasks, of.findings, of.screenshots, of.settings, of.templates];
  return Promise.all(tables.map((table) => table.toArray()));
}

let pending: Promise<void>[];
let send: (message: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown[]>;
beforeEach(() => {
  fakeBrowser.reset();
  pending = [];
  const route = routeMessage({
    db: async () => db(),
    enqueue: (_tab, task) => {
      const run = task().then(() => undefined);
      pending.push(run);
      return run;
    },
    captures: captureGate(0),
    onFault: async () => undefined,
  });
  send = async (message, sender) => {
    const replies: unknown[] = [];
    route(message, sender, (reply) => replies.push(reply));
    await Promise.all(pending);
    return replies;
  };
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('routeMessage with messages forged in a content script', () => {
  it('changes nothing for commands, other tabs, subframes or malformed reports, and replies to none', async () => {
    const own = await startedAudit(db(), OWN_TAB);
    const other = await startedAudit(db(), OTHER_TAB);
    const [otherPage] = await db().touchpoints.where('auditId').equals(other.id).toArray();
    const [ownPage] = await db().touchpoints.where('auditId').equals(own.id).toArray();
    const measures = { interaction: interaction({ clicks: 3 }) };
    const before = await snapshot(db());

    const forged: unknown[] = [
      { type: 'audit/finish', auditId: own.id },
      { type: 'audit/finish', auditId: other.id },
      { type: 'audit/pause', auditId: other.id },
      { type: 'audit/start', tabId: OTHER_TAB, shopName: 'x', scenario: 'x', auditorName: 'x' },
      { type: 'task/start', auditId: other.id, name: 'x' },
      { type: 'task/delete', taskId: 'any' },
      { type: 'flag/start', tabId: OTHER_TAB },
      { type: 'flag/save', tabId: OWN_TAB, findingId: 'f', category: 'trust', severity: 4, note: 'forged' },
      { type: 'picker/picked', requestId: 'guessed', element: { selector: 'body' } },
      { type: 'page/measure', touchpointId: otherPage!.id, measures },
      { type: 'page/measure', touchpointId: ownPage!.id, measures, auditId: other.id },
      { type: 'page/measure', touchpointId: ownPage!.id, measures: { ...measures, deleteAll: true } },
      JSON.parse('{"type":"page/measure","__proto__":{"polluted":true}}'),
      null,
      'audit/finish',
      [{ type: 'audit/finish', auditId: own.id }],
    ];
    for (const message of forged) expect(await send(message, contentScript())).toEqual([]);
    expect(await send({ type: 'page/measure', touchpointId: ownPage!.id, measures }, contentScript(3))).toEqual([]);

    expect(await snapshot(db())).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('adds a measurement of its own tab to the audit recording that tab (the one thing it may do)', async () => {
    const own = await startedAudit(db(), OWN_TAB);
    const other = await startedAudit(db(), OTHER_TAB);
    const [ownPage] = await db().touchpoints.where('auditId').equals(own.id).toArray();
    const otherBefore = await db().touchpoints.where('auditId').equals(other.id).toArray();

    await send(
      { type: 'page/measure', touchpointId: ownPage!.id, measures: { interaction: interaction({ clicks: 3 }) } },
      contentScript(),
    );

    expect((await db().touchpoints.get(ownPage!.id))?.interaction?.clicks).toBe(3);
    expect(await db().touchpoints.where('auditId').equals(other.id).toArray()).toEqual(otherBefore);
  });
});
