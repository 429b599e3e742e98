import type { Page } from '@playwright/test';
import { openSidePanel, startAudit } from './support/auditor';
import { journeyPaths, readDatabase } from './support/database';
import { expect, test, type Extension } from './support/fixtures';
import { REGENWALD_WALK, walkRegenwald } from './support/walk.mjs';

/**
 * Changes one stored touchpoint past Shopwalk, as someone editing the browser's database by hand would: with plain
 * IndexedDB from an extension page (the database belongs to the extension's origin).
 */
async function tamperTouchpoint(page: Page, id: string, change: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    ({ id, change }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('shopwalk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('touchpoints', 'readwrite');
          const store = tx.objectStore('touchpoints');
          const read = store.get(id);
          read.onsuccess = () => store.put({ ...(read.result as object), ...change });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { id, change },
  );
}

async function openAudit(ext: Extension, shopName: string): Promise<Page> {
  const dashboard = await ext.context.newPage();
  await dashboard.goto(ext.page('dashboard.html'));
  await dashboard.getByRole('button', { name: shopName }).click();
  return dashboard;
}

test('a finished walk is sealed; Verify finds it unchanged, then names the touchpoint tampered with in the database', async ({
  ext,
  shop,
}) => {
  const page = await ext.context.newPage();
  await page.goto(shop.url);
  await startAudit(ext, page, { shop: 'Regenwald Outdoor', scenario: 'Guest purchase' });
  await walkRegenwald(page, shop.url, { email: 'kim@example.com', password: 'PRIVATE-marker-5678' });
  await expect.poll(async () => journeyPaths(await readDatabase(ext), shop.origin)).toEqual(REGENWALD_WALK);
  const panel = await openSidePanel(ext, page);
  await panel.getByRole('button', { name: 'Finish' }).click();
  await expect.poll(async () => (await readDatabase(ext)).audits[0]?.chainHead).toMatch(/^[0-9a-f]{64}$/);
  const { audits, touchpoints, findings } = await readDatabase(ext);
  const [audit] = audits;
  expect(audit).toMatchObject({ status: 'finished', sealedAt: audit!.finishedAt });
  expect(findings.length).toBeGreaterThan(0);
  // Every record of the walk is a link: the audit, its touchpoints and what the rules found on the way.
  expect(audit!.chainLinks?.map((l) => l.id).sort()).toEqual(
    [audit!.id, ...touchpoints.map((tp) => tp.id), ...findings.map((f) => f.id)].sort(),
  );

  const dashboard = await openAudit(ext, 'Regenwald Outdoor');
  const chain = dashboard.getByTestId('evidence-chain');
  await expect(chain.getByRole('heading', { name: 'Evidence chain' })).toBeVisible();
  await expect(chain.getByLabel('Whole chain head')).toHaveValue(audit!.chainHead!);
  await expect(chain.getByTestId('chain-head-short')).toHaveText(
    `${audit!.chainHead!.slice(0, 12)}…${audit!.chainHead!.slice(-8)}`,
  );

  // What the auditor may do after the walk leaves the seal intact.
  await dashboard.getByLabel('Notes on this audit').fill('Guest checkout hidden below the fold.');
  await dashboard.getByLabel('Notes on this audit').blur();
  await expect.poll(async () => (await readDatabase(ext)).audits[0]?.notes).toContain('Guest checkout');
  await chain.getByRole('button', { name: 'Verify' }).click();
  await expect(chain.getByTestId('evidence-verdict')).toHaveText(
    /^Unchanged since the walk ended on .+: the stored records match the seal\.$/,
  );

  // Someone makes the eighth step (the account app) look quicker for the customer than it was.
  await tamperTouchpoint(dashboard, touchpoints[7]!.id, { visibleMs: 1 });
  await chain.getByRole('button', { name: 'Verify' }).click();
  await expect(chain.getByTestId('evidence-verdict')).toHaveText('Changed after the walk: touchpoint 8 differs.');
});
