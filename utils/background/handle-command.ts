import { hasCaptureConsent } from '../db/capture-consent';
import type { ShopwalkDb } from '../db/database';
import type { Command, CommandReply, TaskReply } from '../messages';
import { finishAudit, pauseAudit, resumeAudit, startAudit } from '../recording/audit-lifecycle';
import { handleTaskCommand, isTaskCommand } from './handle-task-command';
import { injectRecorder } from './inject-recorder';
import { readStorageFailure, writeStorageFailure } from './storage-failure-state';
import { announceCurrentWindow } from './recorder-window';
import { openPhoneWindow, panelFollows, phoneProfile } from '../tabs/phone-window';
import { deviceOfTab, findTab, pageOfTab } from '../tabs/tab-page';

function reply(result: Awaited<ReturnType<typeof finishAudit>>): CommandReply {
  return result.ok ? { ok: true, audit: result.value } : { ok: false, error: result.error };
}

/** An audit records again: the store took the writes of its start, so a full store is no longer news. */
async function recordsAgain(result: Awaited<ReturnType<typeof startAudit>>): Promise<void> {
  if (result.ok && (await readStorageFailure())?.reason === 'full') await writeStorageFailure(undefined);
}

/**
 * Carries out a command from an extension page; each command is one change to one audit. Nothing starts recording
 * (a new audit, or a paused one again) before the user agreed to what is recorded: the start forms say so too, but
 * the keyboard shortcut and any page reach this door.
 */
export async function handleCommand(db: ShopwalkDb, command: Command, at: number): Promise<CommandReply | TaskReply> {
  if (isTaskCommand(command)) return handleTaskCommand(db, command, at);
  const records = command.type === 'audit/start' || command.type === 'audit/resume';
  if (records && !(await hasCaptureConsent(db))) return { ok: false, error: 'no-consent' };
  switch (command.type) {
    case 'audit/start': {
      const shown = await findTab(command.tabId);
      if (!shown) return { ok: false, error: 'tab-gone' };
      const phone = command.walkAs === 'phone';
      const tab = phone ? await openPhoneWindow((await pageOfTab(shown)).url) : shown;
      if (!tab?.id) return { ok: false, error: 'tab-gone' };
      if (phone) await panelFollows(command.tabId, tab.id);
      const page = await pageOfTab(tab);
      const { shopName, scenario, auditorName, templateId } = command;
      const device = phone ? phoneProfile(tab) : deviceOfTab(tab);
      // A phone walk begins when its window has loaded the shop, not when the auditor asked for it.
      const startAt = phone ? Date.now() : at;
      const start = { tabId: tab.id, page, shopName, scenario, auditorName, device, templateId };
      const result = await startAudit(db, start, startAt);
      await recordsAgain(result);
      if (result.ok && (await injectRecorder(tab.id, page.url)))
        await announceCurrentWindow(db, tab.id, result.value.id);
      return reply(result);
    }
    case 'audit/resume': {
      const tab = await findTab(command.tabId);
      if (!tab) return { ok: false, error: 'tab-gone' };
      const page = await pageOfTab(tab);
      const result = await resumeAudit(db, command.auditId, command.tabId, page, at);
      await recordsAgain(result);
      if (result.ok && (await injectRecorder(command.tabId, page.url)))
        await announceCurrentWindow(db, command.tabId, result.value.id);
      return reply(result);
    }
    case 'audit/pause':
      return reply(await pauseAudit(db, command.auditId, 'auditor', at));
    case 'audit/finish':
      return reply(await finishAudit(db, command.auditId, at));
  }
}
