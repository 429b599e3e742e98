import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { touchpointsOf } from '../db/journey';
import { pauseAudit } from '../recording/audit-lifecycle';
import { page, startedAudit, T0, withTestDatabase } from '../recording/test-fixtures';
import { fakeFlagBrowser, TAB } from './flag-test-setup';
import { checkTabsOncePerSession } from './session-start';

const db = withTestDatabase();
let browser: ReturnType<typeof fakeFlagBrowser>;
let sent: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  browser = fakeFlagBrowser(); // the audited tab, site access and script injection
  sent = vi.fn(async () => undefined);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(sent as never);
});

describe('checkTabsOncePerSession', () => {
  it('after an update, gives a tab that an audit records a fresh recorder and names its touchpoint', async () => {
    const audit = await startedAudit(db(), TAB.id!, page(TAB.url), T0);
    const [current] = await touchpointsOf(db(), audit.id);

    await checkTabsOncePerSession(db());

    expect(browser.inject).toHaveBeenCalledWith(
      expect.objectContaining({ target: { tabId: TAB.id, frameIds: [0] }, files: ['/content-scripts/recorder.js'] }),
    );
    expect(sent).toHaveBeenCalledWith(
      TAB.id,
      { type: 'recorder/window', touchpointId: current!.id, route: false, phone: false },
      { frameId: 0 },
    );
    expect((await db().audits.get(audit.id))!.status).toBe('active');
  });

  it('runs once per browser session: a worker restarted by Chrome finds its recorders in place', async () => {
    await startedAudit(db(), TAB.id!, page(TAB.url), T0);
    await checkTabsOncePerSession(db());
    browser.inject.mockClear();
    sent.mockClear();
    await checkTabsOncePerSession(db());
    expect(browser.inject).not.toHaveBeenCalled();
    expect(sent).not.toHaveBeenCalled();
  });

  it('leaves the tab of a paused audit without a recorder', async () => {
    const audit = await startedAudit(db(), TAB.id!, page(TAB.url), T0);
    await pauseAudit(db(), audit.id, 'auditor', T0 + 1);
    await checkTabsOncePerSession(db());
    expect(browser.inject).not.toHaveBeenCalled();
    expect(sent).not.toHaveBeenCalled();
  });
});
