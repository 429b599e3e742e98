import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import type { Picked } from '../messages';
import { findingRecordSchema } from '../model/finding-record';
import { screenshotSchema } from '../model/screenshot';
import { startedAudit, withTestDatabase } from '../recording/test-fixtures';
import { captureGate } from '../screenshot/capture-gate';
import { handlePickerReport, listenToLeftPicks } from './flag-pick';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFlagState, writeFlagState } from './flag-state';
import { fakeFlagBrowser, TAB } from './flag-test-setup';

// No OffscreenCanvas in Node: the pixels are tested in utils/screenshot and in e2e/flag.spec.ts.
vi.mock('../screenshot/render-screenshot', () => ({
  renderScreenshot: vi.fn(async () => ({
    type: 'image/webp',
    width: 1280,
    height: 720,
    image: new Blob([new Uint8Array(500)], { type: 'image/webp' }),
    thumbnail: new Blob([new Uint8Array(50)], { type: 'image/webp' }),
  })),
}));

const db = withTestDatabase();
const gate = captureGate(0);
const top: Browser.runtime.MessageSender = { tab: TAB, frameId: 0 };
const AT = 1_700_000_100_000;

const picked: Picked = {
  type: 'picker/picked',
  requestId: 'request-1',
  element: { selector: '#surcharge', name: 'Island surcharge 9.90 €' },
  box: { x: 10, y: 20, width: 200, height: 30 },
  editables: [{ x: 10, y: 100, width: 300, height: 30 }],
  devicePixelRatio: 1,
  viewport: { width: 1280, height: 720 },
};

let browser: ReturnType<typeof fakeFlagBrowser>;
let auditId: string;
beforeEach(async () => {
  browser = fakeFlagBrowser();
  auditId = (await startedAudit(db(), TAB.id!)).id;
  await writeFlagState(TAB.id!, { status: 'picking', requestId: 'request-1', auditId });
});

describe('handlePickerReport', () => {
  it('stores the pick as the auditor’s confirmed finding with its screenshot, and readies its form', async () => {
    await handlePickerReport(db(), gate, picked, top, AT);
    const [finding] = await db().findings.toArray();
    const [screenshot] = await db().screenshots.toArray();
    expect(findingRecordSchema.parse(finding)).toMatchObject({
      auditId,
      source: 'auditor',
      ruleId: 'manual',
      key: '',
      verdict: 'confirmed',
      category: 'other',
      severity: 2,
      note: '',
      element: picked.element,
      evidence: { selector: '#surcharge', text: 'Island surcharge 9.90 €', values: {} },
      screenshotId: screenshot!.id,
      createdAt: AT,
    });
    expect(finding!.touchpointId).toBe((await db().touchpoints.toArray())[0]!.id);
    expect(screenshotSchema.parse(screenshot)).toMatchObject({ auditId, type: 'image/webp', width: 1280 });
    expect(browser.capture).toHaveBeenCalledWith(TAB.windowId, { format: 'png', quality: undefined });
    expect(await readFlagState(TAB.id!)).toEqual({ status: 'ready', auditId, findingId: finding!.id });
  });

  it('says the flag could not be stored when the store is full, and hands the error on to be handled', async () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(db().screenshots, 'add').mockRejectedValue(quota);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(handlePickerReport(db(), gate, picked, top, AT)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(await readFlagState(TAB.id!)).toEqual({ status: 'failed', error: 'storage-failed' });
    expect(await db().findings.count()).toBe(0);
  });

  it('takes one answer per request: a second one is ignored', async () => {
    await handlePickerReport(db(), gate, picked, top, AT);
    await handlePickerReport(db(), gate, picked, top, AT + 1);
    expect(await db().findings.count()).toBe(1);
  });

  it('ignores an answer to another request, from a frame, or with more than the schema allows', async () => {
    await handlePickerReport(db(), gate, { ...picked, requestId: 'request-0' }, top, AT);
    await handlePickerReport(db(), gate, picked, { ...top, frameId: 2 }, AT);
    await handlePickerReport(db(), gate, { ...picked, value: 'typed secret' }, top, AT);
    await handlePickerReport(db(), gate, picked, { frameId: 0 }, AT);
    expect(await db().findings.count()).toBe(0);
    expect((await readFlagState(TAB.id!))?.status).toBe('picking');
  });

  it('clears the pick when the auditor pressed Escape', async () => {
    await handlePickerReport(db(), gate, { type: 'picker/cancelled', requestId: 'request-1' }, top, AT);
    expect(await readFlagState(TAB.id!)).toBeUndefined();
    expect(await db().findings.count()).toBe(0);
  });

  it('stores nothing and says why when the browser refuses the capture', async () => {
    browser.capture.mockRejectedValue(new Error("Either the '<all_urls>' or 'activeTab' permission is required."));
    await handlePickerReport(db(), gate, picked, top, AT);
    expect(await readFlagState(TAB.id!)).toEqual({ status: 'failed', error: 'capture-not-allowed' });
    expect(await db().findings.count()).toBe(0);
    expect(await db().screenshots.count()).toBe(0);
  });

  it('does not capture a tab that is no longer in front (another tab would be captured)', async () => {
    browser.get.mockResolvedValue({ ...TAB, active: false });
    await handlePickerReport(db(), gate, picked, top, AT);
    expect(browser.capture).not.toHaveBeenCalled();
    expect(await readFlagState(TAB.id!)).toEqual({ status: 'failed', error: 'tab-hidden' });
  });
});

describe('listenToLeftPicks', () => {
  it('ends a pick whose page was left, and forgets the flag state of a closed tab', async () => {
    listenToLeftPicks();
    await fakeBrowser.webNavigation.onCommitted.trigger({
      tabId: TAB.id!,
      frameId: 2,
      url: 'https://ads.example/',
    } as never);
    expect((await readFlagState(TAB.id!))?.status).toBe('picking');
    await fakeBrowser.webNavigation.onCommitted.trigger({
      tabId: TAB.id!,
      frameId: 0,
      url: 'https://shop.example/x',
    } as never);
    await vi.waitFor(async () => expect(await readFlagState(TAB.id!)).toEqual({ status: 'failed', error: 'tab-gone' }));
    await fakeBrowser.tabs.onRemoved.trigger(TAB.id!, { windowId: 3, isWindowClosing: false });
    await vi.waitFor(async () => expect(await readFlagState(TAB.id!)).toBeUndefined());
  });
});
