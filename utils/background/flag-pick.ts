import { browser, type Browser } from 'wxt/browser';
import type { ShopwalkDb } from '../db/database';
import { auditOfTab } from '../db/journey';
import { classifyStorageError } from '../db/storage-failure';
import { PICKER_STOP, pickerReportSchema, type FlagError, type Picked } from '../messages';
import type { CaptureGate } from '../screenshot/capture-gate';
import { renderScreenshot } from '../screenshot/render-screenshot';
import { findTab } from '../tabs/tab-page';
import { captureTab } from './flag-start';
import { readFlagState, writeFlagState } from './flag-state';
import { storeFlag } from './flag-store';

/** Whether a content script's message is the picker's (the rest are the page recorder's). */
export function isPickerReport(message: unknown): boolean {
  return (
    typeof (message as { type?: unknown } | null)?.type === 'string' &&
    (message as { type: string }).type.startsWith('picker/')
  );
}

/** Captures the tab the auditor picked in, paints it and stores the flag; the error to show otherwise. */
async function flag(db: ShopwalkDb, gate: CaptureGate, tabId: number, auditId: string, picked: Picked, at: number) {
  const audit = await auditOfTab(db, tabId);
  if (audit?.id !== auditId || audit.status !== 'active') return 'not-recording' as const;
  const tab = await findTab(tabId);
  if (!tab) return 'tab-gone' as const;
  if (!tab.active) return 'tab-hidden' as const;
  const dataUrl = await captureTab(gate, tab.windowId, 'png');
  if (dataUrl === 'capture-not-allowed' || dataUrl === 'capture-failed') return dataUrl;
  const shot = await renderScreenshot({ dataUrl, marked: picked.box, ...picked });
  return storeFlag(db, audit, picked, shot, at);
}

/**
 * Handles the picker's answer. Untrusted like every content script message: the tab is the sender's, and only the
 * answer to the pick the background asked that tab for is taken, once (its state leaves `picking` at once).
 */
export async function handlePickerReport(
  db: ShopwalkDb,
  gate: CaptureGate,
  message: unknown,
  sender: Browser.runtime.MessageSender,
  at: number,
): Promise<void> {
  const tabId = sender.tab?.id;
  const report = pickerReportSchema.safeParse(message);
  if (tabId === undefined || sender.frameId !== 0 || !report.success) return;
  const state = await readFlagState(tabId);
  if (state?.status !== 'picking' || state.requestId !== report.data.requestId) return;
  if (report.data.type === 'picker/cancelled') return writeFlagState(tabId, undefined);
  await writeFlagState(tabId, { status: 'capturing', auditId: state.auditId });
  let result: Awaited<ReturnType<typeof flag>> | FlagError;
  let storeFailed: unknown;
  try {
    result = await flag(db, gate, tabId, state.auditId, report.data, at);
  } catch (error) {
    console.error('Shopwalk: the flag could not be stored', error);
    // A screenshot is the largest write a walk makes, so the likeliest to meet a full store: the flag says so, and
    // the error goes on to the tab's queue, whose handler keeps the failure and pauses the recording.
    storeFailed = classifyStorageError(error) ? error : undefined;
    result = storeFailed ? 'storage-failed' : 'capture-failed';
  }
  await writeFlagState(
    tabId,
    typeof result === 'string'
      ? { status: 'failed', error: result }
      : { status: 'ready', auditId: state.auditId, findingId: result.id },
  );
  if (storeFailed) throw storeFailed;
}

/** Ends a tab's picking from the panel: the picker removes itself, and the state is cleared. */
export async function stopPicking(tabId: number): Promise<void> {
  await writeFlagState(tabId, undefined);
  await browser.tabs.sendMessage(tabId, PICKER_STOP, { frameId: 0 }).catch(() => undefined /* no picker */);
}

/**
 * Registers, synchronously, what ends a pick without an answer: the tab loads another document (the picker went
 * with the old one) or closes. The panel then says so instead of waiting for a click that cannot come.
 */
export function listenToLeftPicks(): void {
  const left = async (tabId: number, closed: boolean) => {
    const state = await readFlagState(tabId);
    if (closed) await writeFlagState(tabId, undefined);
    else if (state?.status === 'picking') await writeFlagState(tabId, { status: 'failed', error: 'tab-gone' });
  };
  browser.webNavigation.onCommitted.addListener(({ tabId, frameId }) => {
    if (frameId === 0) void left(tabId, false);
  });
  browser.tabs.onRemoved.addListener((tabId) => void left(tabId, true));
}
