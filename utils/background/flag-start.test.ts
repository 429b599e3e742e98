import { beforeEach, describe, expect, it, vi } from 'vitest';
import { putPickerOptions } from '../picker/picker-options';
import { page, startedAudit, withTestDatabase } from '../recording/test-fixtures';
import { captureGate } from '../screenshot/capture-gate';
import { PICKER_FILE, startPicking } from './flag-start';
import { readFlagState } from './flag-state';
import { fakeFlagBrowser, TAB } from './flag-test-setup';

const db = withTestDatabase();
const gate = captureGate(0);
let browser: ReturnType<typeof fakeFlagBrowser>;
beforeEach(() => {
  browser = fakeFlagBrowser();
  vi.stubGlobal('navigator', { languages: ['en-GB'] }); // the service worker's; Node has none
});

describe('startPicking', () => {
  it('injects the picker with a fresh request and the hint in the auditor’s language', async () => {
    await startedAudit(db(), TAB.id!);
    expect(await startPicking(db(), gate, TAB.id!)).toEqual({ ok: true });
    const state = await readFlagState(TAB.id!);
    expect(state?.status).toBe('picking');
    const requestId = state?.status === 'picking' ? state.requestId : '';
    const target = { tabId: TAB.id, frameIds: [0] };
    expect(browser.inject.mock.calls).toEqual([
      [{ target, func: putPickerOptions, args: [{ requestId, hint: expect.stringContaining('Esc') }] }],
      [{ target, files: [PICKER_FILE] }],
    ]);
  });

  it('refuses a tab without a recording audit', async () => {
    expect(await startPicking(db(), gate, TAB.id!)).toEqual({ ok: false, error: 'not-recording' });
    expect(await readFlagState(TAB.id!)).toEqual({ status: 'failed', error: 'not-recording' });
    expect(browser.inject).not.toHaveBeenCalled();
  });

  it('refuses pages the extension may not touch, with their reason', async () => {
    await startedAudit(db(), TAB.id!, page('https://shop.example/'));
    browser.get.mockResolvedValue({ ...TAB, url: 'chrome://settings/' });
    expect(await startPicking(db(), gate, TAB.id!)).toEqual({ ok: false, error: 'browser-page' });
    browser.get.mockResolvedValue({ ...TAB, url: 'https://shop.example/terms.pdf' });
    expect(await startPicking(db(), gate, TAB.id!)).toEqual({ ok: false, error: 'pdf' });
    browser.get.mockResolvedValue(TAB);
    browser.contains.mockResolvedValue(false);
    expect(await startPicking(db(), gate, TAB.id!)).toEqual({ ok: false, error: 'no-access' });
    expect(browser.inject).not.toHaveBeenCalled();
  });

  it('refuses before picking when the browser would refuse the screenshot', async () => {
    await startedAudit(db(), TAB.id!);
    browser.capture.mockRejectedValue(new Error("Either the '<all_urls>' or 'activeTab' permission is required."));
    expect(await startPicking(db(), gate, TAB.id!)).toEqual({ ok: false, error: 'capture-not-allowed' });
    expect(browser.inject).not.toHaveBeenCalled();
  });
});
