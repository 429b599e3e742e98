import { readDatabase } from './support/database';
import { test } from './support/fixtures';
import { auditLabPage } from './support/lab-walk';

test('debug', async ({ ext, lab }) => {
  const page = await auditLabPage(ext, lab, '/lab/');
  await page.goto(`${lab.url}errors`);
  await page.waitForTimeout(6000);
  await page.goto(`${lab.url}checkout/thanks`);
  await page.waitForTimeout(5000);
  const tps = (await readDatabase(ext)).touchpoints;
  console.log(
    JSON.stringify(
      tps.map((t) => ({ url: t.url, i: t.interaction, m: t.money })),
      null,
      1,
    ),
  );
});
