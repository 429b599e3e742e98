import type { ShopwalkDb } from '../db/database';
import type { FlagCommand, FlagReply } from '../messages';
import type { CaptureGate } from '../screenshot/capture-gate';
import { stopPicking } from './flag-pick';
import { startPicking } from './flag-start';
import { readFlagState, writeFlagState } from './flag-state';
import { discardFlag, updateFlag } from './flag-store';

/** The form of the flag `findingId` is done with: the panel stops showing it. */
async function formDone(tabId: number, findingId: string): Promise<void> {
  const state = await readFlagState(tabId);
  if (state?.status === 'ready' && state.findingId === findingId) await writeFlagState(tabId, undefined);
}

/** Carries out a flag command from an extension page (the side panel). */
export async function handleFlagCommand(db: ShopwalkDb, gate: CaptureGate, command: FlagCommand): Promise<FlagReply> {
  switch (command.type) {
    case 'flag/start':
      return startPicking(db, gate, command.tabId);
    case 'flag/cancel':
      await stopPicking(command.tabId);
      return { ok: true };
    case 'flag/save': {
      const { category, severity, note } = command;
      if (!(await updateFlag(db, command.findingId, { category, severity, note })))
        return { ok: false, error: 'not-found' };
      await formDone(command.tabId, command.findingId);
      return { ok: true };
    }
    case 'flag/discard': {
      const found = await discardFlag(db, command.findingId);
      await formDone(command.tabId, command.findingId);
      return found ? { ok: true } : { ok: false, error: 'not-found' };
    }
  }
}
