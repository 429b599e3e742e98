import type { Page } from '@playwright/test';
import { openPopup, startAudit } from './support/auditor';
import { readDatabase } from './support/database';
import { E2E_BUILD, expect, extensionOf, test } from './support/fixtures';
import { launchExtension } from './support/launch-extension.mjs';

/** Sends a command from an extension page as any script there could, past the forms. */
function command(from: Page, message: Record<string, unknown>): Promise<unknown> {
  return from.evaluate(
    (m) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(m),
    message,
  );
}

test('nothing is recorded before the user agrees; agreeing lets audits start, withdrawing pauses them', async ({
  shop,
}) => {
  const { context, extensionId } = await launchExtension({ extensionPath: E2E_BUILD, consent: false });
  const ext = extensionOf(context, extensionId);
  try {
    // The first run opens the welcome page at the agreement.
    await expect.poll(() => context.pages().some((p) => p.url().endsWith('/welcome.html#consent'))).toBe(true);
    const page = await context.newPage();
    await page.goto(shop.url);
    const tabId = await ext.tabIdOf(page);
    const popup = await openPopup(ext, page);
    await expect(popup.getByText('Before your first audit, please read what Shopwalk records')).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Start audit' })).toHaveCount(0);
    // Nor does the background start one for a page that goes past the form.
    const start = { type: 'audit/start', tabId, shopName: 'Shop', scenario: 'Test', auditorName: 'Ada' };
    expect(await command(popup, start)).toEqual({ ok: false, error: 'no-consent' });
    expect((await readDatabase(ext)).audits).toEqual([]);

    const [welcome] = await Promise.all([
      context.waitForEvent('page'),
      popup.getByRole('link', { name: 'Read what is recorded and agree' }).click(),
    ]);
    await expect(welcome.getByText('A screenshot only when you flag a problem')).toBeVisible();
    await welcome.getByRole('button', { name: 'I agree: record my audits as described' }).click();
    await expect(welcome.getByText(/^You agreed on /)).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Start audit' })).toBeVisible();
    await popup.close();
    await startAudit(ext, page);
    await expect.poll(async () => (await readDatabase(ext)).audits[0]?.status).toBe('active');

    const options = await context.newPage();
    await options.goto(ext.page('options.html'));
    await options.getByRole('button', { name: 'Withdraw agreement' }).click();
    await expect(options.getByText(/^Agreement withdrawn\./)).toBeVisible();
    await expect(options.getByText('You have not agreed to what an audit records')).toBeVisible();
    const [audit] = (await readDatabase(ext)).audits;
    expect(audit?.status).toBe('paused');
    expect(await command(options, { type: 'audit/resume', auditId: audit!.id, tabId })).toEqual({
      ok: false,
      error: 'no-consent',
    });
  } finally {
    await context.close();
  }
});
