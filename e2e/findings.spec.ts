import { readDatabase } from './support/database';
import { openSidePanel, startAudit } from './support/auditor';
import { expect, test } from './support/fixtures';
import { MEASURED_WITHIN_MS, measured } from './support/lab-walk';

test('a shop that asks for an account on the way to payment gets a forced-account proposal; the auditor confirms it', async ({
  ext,
  shop,
}) => {
  const page = await ext.context.newPage();
  await page.goto(`${shop.url}cart`);
  await startAudit(ext, page);
  const panel = await openSidePanel(ext, page);
  await page.getByTestId('checkout').click();
  await page.waitForURL(/\/checkout\/account$/);

  const forced = panel.getByTestId('finding').and(panel.locator('[data-rule="forced-account"]'));
  await expect(forced).toBeVisible({ timeout: MEASURED_WITHIN_MS });
  await expect(forced).toContainText('Account required to order');
  await expect(forced).toContainText('step 2: Checkout: create an account');
  await expect(forced).toHaveAttribute('data-verdict', 'proposed');
  const account = (await readDatabase(ext)).touchpoints[1]!;
  expect((await readDatabase(ext)).findings.find((f) => f.ruleId === 'forced-account')).toMatchObject({
    touchpointId: account.id,
    source: 'rule',
    severity: 4,
    verdict: 'proposed',
  });

  await forced.getByRole('button', { name: 'Confirm' }).click();
  await expect(forced).toHaveAttribute('data-verdict', 'confirmed');
  await expect
    .poll(async () => (await readDatabase(ext)).findings.find((f) => f.ruleId === 'forced-account')?.verdict)
    .toBe('confirmed');
  // The decision is kept when the page is measured again and the rules run anew.
  await page.reload();
  await expect(panel.getByTestId('touchpoint')).toHaveCount(3);
  await expect
    .poll(async () => (await readDatabase(ext)).findings.filter((f) => f.ruleId === 'forced-account').length, {
      timeout: MEASURED_WITHIN_MS,
    })
    .toBe(2);
  const [first] = (await readDatabase(ext)).findings.filter((f) => f.ruleId === 'forced-account');
  expect(first).toMatchObject({ touchpointId: account.id, verdict: 'confirmed' });
});

test('a guest checkout with an optional account gets no forced-account finding, and a dismissed finding stays struck out', async ({
  ext,
  lab,
}) => {
  const page = await ext.context.newPage();
  await page.goto(new URL('/lab/checkout', lab.origin).href);
  await startAudit(ext, page, { shop: 'Nordlicht Outfitters' });
  const panel = await openSidePanel(ext, page);
  await measured(ext, 0, (tp) => (tp.forms && tp.stage ? tp.forms : undefined), 'the census and stage');

  // The census is in: the form rules have judged it (the lab checkout has an unlabeled field).
  await expect.poll(async () => (await readDatabase(ext)).findings.map((f) => f.ruleId)).toContain('missing-label');
  expect((await readDatabase(ext)).findings.map((f) => f.ruleId)).not.toContain('forced-account');
  await expect(panel.locator('[data-rule="forced-account"]')).toHaveCount(0);

  const label = panel.getByTestId('finding').and(panel.locator('[data-rule="missing-label"]')).first();
  await label.getByRole('button', { name: 'Dismiss' }).click();
  await expect(label).toHaveAttribute('data-verdict', 'dismissed');
  await expect(label.getByText('Field without label')).toHaveCSS('text-decoration-line', 'line-through');
  await expect(label).toContainText('Dismissed: does not count');
  await expect(panel.getByTestId('finding-counts')).toContainText('1 dismissed');
});
