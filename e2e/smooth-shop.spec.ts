import { checkoutFieldTotal } from '../utils/journey/checkout-fields';
import { fieldsSeen, unaskedInterruptions } from '../utils/journey/touchpoint-counts';
import type { Touchpoint } from '../utils/model/touchpoint';
import { runRules } from '../utils/rules/run-rules';
import { startAudit } from './support/auditor';
import { journeyPaths, readDatabase, type Stored } from './support/database';
import { pageReader } from './support/page-read.mjs';
import { expect, test } from './support/fixtures';
import { measured, MEASURED_WITHIN_MS } from './support/lab-walk';
import { REGENWALD_WALK, SMOOTH_WALK, walkRegenwald, walkSmooth } from './support/walk.mjs';

/** One customer task for both shops, as in a comparison of competitors. */
const SCENARIO = 'Buy a rain jacket, then check the order';

/** The friction Regenwald puts in the way of that task, by rule id; the smooth shop has none of it. */
const REGENWALD_FRICTION = ['forced-account', 'long-checkout', 'late-cost', 'slow-page', 'interstitial'];

/** The stages both walks pass before their checkouts differ: comparisons align the two shops on them. */
const PURCHASE_STAGES = ['entry', 'browse', 'product', 'cart'] as const;

const ruleIds = (stored: Pick<Stored, 'findings'>) => [...new Set(stored.findings.map((f) => f.ruleId))];

test('the smooth shop: one touchpoint per page with its stage, a 7-field guest checkout and none of the friction', async ({
  ext,
  smoothShop,
}) => {
  const page = await ext.context.newPage();
  await page.goto(smoothShop.url);
  await startAudit(ext, page, { scenario: SCENARIO });
  const reader = await ext.context.newPage();
  await reader.goto(ext.page('dashboard.html'));
  await page.bringToFront();
  await walkSmooth(
    page,
    smoothShop.url,
    { email: 'PRIVATE-marker-smooth@example.com' },
    { readPage: pageReader(reader) },
  );

  await expect.poll(async () => journeyPaths(await readDatabase(ext), smoothShop.origin)).toEqual(SMOOTH_WALK);
  // Every page read (stage from its content, form census, money, overlays); every page left has its LCP.
  const read = (tp: Touchpoint) => tp.stage && tp.forms && tp.money && tp.interruptions;
  for (const seq of SMOOTH_WALK.keys()) {
    const left = seq < SMOOTH_WALK.length - 1;
    await measured(ext, seq, (tp) => (read(tp) && (!left || tp.timing?.lcpMs) ? true : undefined), 'the reading');
  }
  const { audits, touchpoints } = await readDatabase(ext);
  expect(audits[0]).toMatchObject({ shopName: 'Wolkenlos Outdoor', scenario: SCENARIO });
  expect(touchpoints.map((tp) => [tp.stage, tp.stageSource])).toEqual(
    [...PURCHASE_STAGES, 'checkout-address', 'confirmation', 'after-sales'].map((stage) => [stage, 'guess']),
  );

  // Known truth of the fixture: seven labelled fields on one page, and the cart's total (shipping included) is
  // what the checkout asks for.
  const [cart, checkout] = [touchpoints[3]!, touchpoints[4]!];
  expect(fieldsSeen(checkout)).toBe(7);
  expect(checkoutFieldTotal(touchpoints)).toBe(7);
  expect(checkout.forms!.totals.password).toBe(0);
  expect([cart.money!.total, checkout.money!.total]).toEqual([133.95, 133.95]);
  expect(touchpoints.map(unaskedInterruptions)).toEqual(SMOOTH_WALK.map(() => 0));

  // The rules over what was measured find none of Regenwald's friction, and the extension stored none either.
  const proposed = runRules(touchpoints).map((f) => f.ruleId);
  const storedNow = await readDatabase(ext);
  for (const rule of REGENWALD_FRICTION) {
    expect(proposed, rule).not.toContain(rule);
    expect(ruleIds(storedNow), rule).not.toContain(rule);
  }
  expect(JSON.stringify(storedNow)).not.toContain('PRIVATE-marker');
});

test('the same task at Regenwald aligns on the same stages and meets every kind of friction', async ({ ext, shop }) => {
  const page = await ext.context.newPage();
  await page.goto(shop.url);
  await startAudit(ext, page, { scenario: SCENARIO });
  const reader = await ext.context.newPage();
  await reader.goto(ext.page('dashboard.html'));
  await page.bringToFront();
  await walkRegenwald(
    page,
    shop.url,
    { email: 'alex@example.com', password: 'PRIVATE-marker-1234' },
    { readPage: pageReader(reader) },
  );
  await expect.poll(async () => journeyPaths(await readDatabase(ext), shop.origin)).toEqual(REGENWALD_WALK);

  await expect
    .poll(async () => ruleIds(await readDatabase(ext)), { timeout: MEASURED_WITHIN_MS })
    .toEqual(expect.arrayContaining(REGENWALD_FRICTION));
  const { touchpoints, findings } = await readDatabase(ext);
  expect(touchpoints.slice(0, 7).map((tp) => tp.stage)).toEqual([
    ...PURCHASE_STAGES,
    'checkout-account',
    'checkout-address',
    'confirmation',
  ]);
  const [account, address] = [touchpoints[4]!.id, touchpoints[5]!.id];
  const found = (rule: string) => findings.find((f) => f.ruleId === rule)!;
  expect(found('forced-account').touchpointId).toBe(account);
  expect(found('interstitial').touchpointId).toBe(account);
  expect(found('slow-page').touchpointId).toBe(address);
  // 3 fields for the account and 10 for the address: above the average checkout's 11.3 (Baymard, 2024).
  expect(found('long-checkout')).toMatchObject({ severity: 3, evidence: { values: { fields: 13 } } });
  // The service fee turns up on the address step only: €149.00 in the cart, €152.90 there.
  expect(found('late-cost')).toMatchObject({
    touchpointId: address,
    evidence: { text: 'Service fee', values: { expected: 149, total: 152.9, increase: 3.9 } },
  });
});
