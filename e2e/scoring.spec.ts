import { readFile } from 'node:fs/promises';
import { openSidePanel, startAudit } from './support/auditor';
import { readDatabase } from './support/database';
import { expect, test } from './support/fixtures';

/**
 * docs/scoring.md: a rating r on a scale s is worth 100 × (r − 1) / (s − 1) points; a touchpoint's score is the
 * weighted mean of its counted ratings; "not applicable" is left out; a stage is the mean of its touchpoints and the
 * audit the mean of its stages. On the customer-service card, "contact options are easy to find" weighs 2 and
 * "hours, costs and answer times are stated" weighs 1, both on 1-5 and both rated at every stage.
 */
test('a step rated on the chosen scorecard scores exactly as docs/scoring.md says, and the journey ends with NPS and CES', async ({
  ext,
  shop,
}) => {
  const page = await ext.context.newPage();
  await page.goto(shop.url);
  await startAudit(ext, page, {
    scenario: 'Ask about delivery times',
    scorecard: 'Customer service: hotline, e-mail and chat',
  });
  await expect.poll(async () => (await readDatabase(ext)).audits[0]?.templateId).toBe('customer-service');

  const panel = await openSidePanel(ext, page);
  const step = panel.getByTestId('touchpoint').first();
  const stepScore = step.getByTestId('touchpoint-score').getByTestId('score-value');
  const auditScore = panel.getByTestId('score-overview').getByTestId('score-value').first();
  // Nothing rated, nothing confirmed: no score rather than 0 or 100.
  await expect(stepScore).toHaveText('–');
  await expect(auditScore).toHaveText('–');

  await step.getByText(/Rate this step: 0 of \d+ criteria rated/).click();
  const contact = step.getByRole('group', { name: /^Contact options are easy to find/ });
  const expectations = step.getByRole('group', { name: /^Hours, costs and answer times are stated/ });
  await expect(contact).toHaveAccessibleDescription(/5: phone, e-mail and chat reachable from every page/);

  // 4 of 5 is 75 points; the only counted rating, so the step, its stage and the audit are 75.
  await contact.getByRole('radio', { name: '4', exact: true }).check();
  await expect(stepScore).toHaveText('75');
  await expect(auditScore).toHaveText('75');

  // "Not applicable" is left out, never counted as 0.
  await expectations.getByRole('radio', { name: 'Not applicable' }).check();
  await expect(stepScore).toHaveText('75');

  // 2 of 5 is 25 points at weight 1: (2 × 75 + 1 × 25) / 3 = 58.33, shown as 58.
  await expectations.getByRole('radio', { name: '2', exact: true }).check();
  await expect(stepScore).toHaveText('58');
  await expect(auditScore).toHaveText('58');
  const why = step.getByTestId('touchpoint-score').getByTestId('score-why');
  await why.getByText('Why 58?').click();
  await expect(why).toContainText('Contact options are easy to find: 4 of 5, weight 2: 75 points');
  await expect(why).toContainText('Hours, costs and answer times are stated: 2 of 5, weight 1: 25 points');
  await expect(why).toContainText('Weighted mean of the ratings: 58.33');

  const stored = (await readDatabase(ext)).touchpoints[0]!;
  expect(stored.ratings).toEqual({ 'contact-findable': 4, 'expectations-set': 2 });

  // Clearing a rating takes it out of the score again.
  await step.getByRole('button', { name: 'Clear rating: Hours, costs and answer times are stated' }).click();
  await expect(stepScore).toHaveText('75');

  await panel.getByRole('button', { name: 'Finish' }).click();
  const end = panel.getByTestId('end-of-journey');
  await end
    .getByRole('group', { name: /recommend this shop/ })
    .getByRole('radio', { name: '9', exact: true })
    .check();
  await end
    .getByRole('group', { name: /made it easy/ })
    .getByRole('radio', { name: /^6$/ })
    .check();
  await expect.poll(async () => (await readDatabase(ext)).audits[0]).toMatchObject({ nps: 9, ces: 6 });
});

test('a copied scorecard is edited, exported and imported back; a broken file changes nothing and says why', async ({
  ext,
}) => {
  const dashboard = await ext.context.newPage();
  await dashboard.goto(ext.page('dashboard.html'));
  await dashboard.getByRole('link', { name: 'Scorecards' }).click();
  await dashboard.getByRole('button', { name: 'Copy Return of an item' }).click();

  const editor = dashboard.getByTestId('template-editor');
  await expect(editor.getByLabel('Name')).toHaveValue('Return of an item (copy)');
  await editor.getByLabel('Name').fill('Our returns');
  await editor.getByTestId('criterion-fields').first().getByLabel('Weight (0–10)').fill('4');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(dashboard.getByTestId('scorecards-notice')).toHaveText('Saved Our returns.');
  const cards = dashboard.getByTestId('template-card');
  await expect(cards.filter({ hasText: 'Our returns' })).toHaveCount(1);

  const [download] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByRole('button', { name: 'Export Our returns as JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^shopwalk-scorecard-our-returns-\d{4}-\d\d-\d\d\.json$/);
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    templates: { name: string; criteria: { weight: number }[] }[];
  };
  expect(exported.templates[0]).toMatchObject({ name: 'Our returns' });
  expect(exported.templates[0]!.criteria[0]!.weight).toBe(4);

  await dashboard.getByRole('button', { name: 'Delete Our returns' }).click();
  await dashboard.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(cards.filter({ hasText: 'Our returns' })).toHaveCount(0);

  const broken = { ...exported, templates: [{ ...exported.templates[0], criteria: [] }] };
  await dashboard.getByTestId('import-file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const notice = dashboard.getByTestId('scorecards-notice');
  await expect(notice).toHaveAttribute('role', 'alert');
  await expect(notice).toContainText('Nothing was imported');
  await expect(notice).toContainText('templates[0].criteria');
  await expect(cards.filter({ hasText: 'Our returns' })).toHaveCount(0);

  await dashboard.getByTestId('import-file').setInputFiles((await download.path())!);
  await expect(dashboard.getByTestId('scorecards-notice')).toHaveText('Imported 1 scorecard.');
  await expect(cards.filter({ hasText: 'Our returns' })).toHaveCount(1);
});
