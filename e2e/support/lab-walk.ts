import { expect, type Page } from '@playwright/test';
import type { Touchpoint } from '../../utils/model/touchpoint';
import { startAudit } from './auditor';
import { readDatabase } from './database';
import type { Extension, Shop } from './fixtures';

/**
 * Measurements come in idle-time passes (up to 3 s after a change) and are sent about 1 s later; a detector that
 * took long last time waits 50 times that before it runs again (utils/recorder/measure-passes.ts), which after a
 * cold first census has been measured at up to 11 s.
 */
export const MEASURED_WITHIN_MS = 20_000;

/** Opens `path` of the lab (`/lab/...`) in a new tab and starts an audit there. */
export async function auditLabPage(ext: Extension, lab: Shop, path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(new URL(path, lab.origin).href);
  await startAudit(ext, page, { shop: 'Nordlicht Outfitters' });
  return page;
}

/** Waits until the touchpoint at `seq` has what `pick` reads from it (anything but undefined) and returns it. */
export async function measured<T>(
  ext: Extension,
  seq: number,
  pick: (tp: Touchpoint) => T | undefined,
  what = 'the measurement',
): Promise<T> {
  let value: T | undefined;
  await expect
    .poll(
      async () => {
        const tp = (await readDatabase(ext)).touchpoints[seq];
        value = tp ? pick(tp) : undefined;
        return value !== undefined;
      },
      { message: `${what} of touchpoint ${seq}`, timeout: MEASURED_WITHIN_MS },
    )
    .toBe(true);
  return value!;
}

/** The stored touchpoint at `seq`, as it is now. */
export async function touchpointAt(ext: Extension, seq: number): Promise<Touchpoint> {
  const tp = (await readDatabase(ext)).touchpoints[seq];
  expect(tp, `touchpoint ${seq}`).toBeDefined();
  return tp!;
}
