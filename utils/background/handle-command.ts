import type { ShopwalkDb } from '../db/database';
import type { Command, CommandReply } from '../messages';
import { finishAudit, pauseAudit, resumeAudit, startAudit } from '../recording/audit-lifecycle';
import { injectRecorder } from './inject-recorder';
import { deviceOfTab, findTab, pageOfTab } from '../tabs/tab-page';

function reply(result: Awaited<ReturnType<typeof finishAudit>>): CommandReply {
  return result.ok ? { ok: true, audit: result.value } : { ok: false, error: result.error };
}

/** Carries out a command from an extension page; each command is one change to one audit. */
export async function handleCommand(db: ShopwalkDb, command: Command, at: number): Promise<CommandReply> {
  switch (command.type) {
    case 'audit/start': {
      const tab = await findTab(command.tabId);
      if (!tab) return { ok: false, error: 'tab-gone' };
      const page = await pageOfTab(tab);
      const { tabId, shopName, scenario, auditorName } = command;
      const result = await startAudit(
        db,
        { tabId, page, shopName, scenario, auditorName, device: deviceOfTab(tab) },
        at,
      );
      if (result.ok) await injectRecorder(tabId, page.url);
      return reply(result);
    }
    case 'audit/resume': {
      const tab = await findTab(command.tabId);
      if (!tab) return { ok: false, error: 'tab-gone' };
      const page = await pageOfTab(tab);
      const result = await resumeAudit(db, command.auditId, command.tabId, page, at);
      if (result.ok) await injectRecorder(command.tabId, page.url);
      return reply(result);
    }
    case 'audit/pause':
      return reply(await pauseAudit(db, command.auditId, 'auditor', at));
    case 'audit/finish':
      return reply(await finishAudit(db, command.auditId, at));
  }
}
