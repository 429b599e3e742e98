import { browser } from 'wxt/browser';
import type { ShopwalkDb } from '../db/database';
import { auditOfTab } from '../db/journey';
import { readSetting } from '../db/settings';
import { resolveLocale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import type { FlagError, FlagReply } from '../messages';
import { newId } from '../model/id';
import { classifyPage, originPattern } from '../pages/page-access';
import { putPickerOptions } from '../picker/picker-options';
import type { CaptureGate } from '../screenshot/capture-gate';
import { findTab, pageOfTab } from '../tabs/tab-page';
import { writeFlagState } from './flag-state';

/** Where WXT puts the picker's content script entrypoint (`entrypoints/picker.content.ts`). */
export const PICKER_FILE = '/content-scripts/picker.js';

/**
 * Captures the visible tab of a window through the gate. Chrome allows it only with activeTab (granted when the
 * auditor clicks Shopwalk's toolbar button on the page, presses one of its shortcuts or uses its context-menu item
 * there) or access to all sites, which Shopwalk does not ask for; a granted single site is not enough.
 */
export async function captureTab(
  gate: CaptureGate,
  windowId: number,
  format: 'png' | 'jpeg',
): Promise<string | FlagError> {
  try {
    return await gate(() =>
      browser.tabs.captureVisibleTab(windowId, { format, quality: format === 'jpeg' ? 1 : undefined }),
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.warn('Shopwalk: could not capture the tab', message);
    return /permission|activeTab|all_urls/i.test(message) ? 'capture-not-allowed' : 'capture-failed';
  }
}

/** Why the tab cannot be flagged now, or undefined when it can. */
async function refusal(db: ShopwalkDb, gate: CaptureGate, tabId: number): Promise<FlagError | undefined> {
  const tab = await findTab(tabId);
  if (!tab) return 'tab-gone';
  if ((await auditOfTab(db, tabId))?.status !== 'active') return 'not-recording';
  const access = classifyPage((await pageOfTab(tab)).url);
  if (!access.ok) return access.reason;
  if (!(await browser.permissions.contains({ origins: [originPattern(access.origin)] }))) return 'no-access';
  if (!tab.active) return 'tab-hidden';
  // A capture the browser would refuse is found out now, not after the auditor has picked in vain.
  const probe = await captureTab(gate, tab.windowId, 'jpeg');
  return probe === 'capture-not-allowed' || probe === 'capture-failed' ? probe : undefined;
}

/**
 * Starts the picker in the audited tab: checks that the tab records an audit on a page Shopwalk may read and
 * capture, remembers the request (one answer is accepted), and injects the picker with its hint.
 */
export async function startPicking(db: ShopwalkDb, gate: CaptureGate, tabId: number): Promise<FlagReply> {
  const refused = await refusal(db, gate, tabId);
  if (refused) {
    await writeFlagState(tabId, { status: 'failed', error: refused });
    return { ok: false, error: refused };
  }
  const audit = (await auditOfTab(db, tabId))!;
  const t = translator(resolveLocale(await readSetting(db, 'locale'), navigator.languages));
  const requestId = newId();
  await writeFlagState(tabId, { status: 'picking', requestId, auditId: audit.id });
  try {
    const target = { tabId, frameIds: [0] };
    await browser.scripting.executeScript({
      target,
      func: putPickerOptions,
      args: [{ requestId, hint: t('flag.hint') }],
    });
    await browser.scripting.executeScript({ target, files: [PICKER_FILE] });
    return { ok: true };
  } catch (error) {
    console.warn('Shopwalk: picker not injected', error); // the tab navigated or closed meanwhile
    await writeFlagState(tabId, { status: 'failed', error: 'tab-gone' });
    return { ok: false, error: 'tab-gone' };
  }
}
