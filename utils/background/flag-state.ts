import { z } from 'zod';
import { browser } from 'wxt/browser';
import { idSchema } from '../model/audit';
import { flagErrorSchema } from '../messages';

/**
 * Where a tab's flag stands, in `storage.session` (the service worker keeps nothing in memory; the side panel
 * reads it too): the auditor is `picking` (one answer accepted, to `requestId`); the pick is being `captured`; a
 * new flag is `ready` for its form; or it `failed`. Gone when there is nothing to show.
 */
export const flagStateSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('picking'), requestId: idSchema, auditId: idSchema }),
  z.strictObject({ status: z.literal('capturing'), auditId: idSchema }),
  z.strictObject({ status: z.literal('ready'), auditId: idSchema, findingId: idSchema }),
  z.strictObject({ status: z.literal('failed'), error: flagErrorSchema }),
]);
export type FlagState = z.infer<typeof flagStateSchema>;

export const flagStateKey = (tabId: number) => `shopwalk.flag.${tabId}`;

export function parseFlagState(value: unknown): FlagState | undefined {
  const parsed = flagStateSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export async function readFlagState(tabId: number): Promise<FlagState | undefined> {
  const key = flagStateKey(tabId);
  return parseFlagState((await browser.storage.session.get(key))[key]);
}

export async function writeFlagState(tabId: number, state: FlagState | undefined): Promise<void> {
  const key = flagStateKey(tabId);
  if (state) await browser.storage.session.set({ [key]: state });
  else await browser.storage.session.remove(key);
}
