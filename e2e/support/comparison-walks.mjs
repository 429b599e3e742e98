// @ts-check
// The auditor's comparison of the two test shops, which the demo and the report's end-to-end test share: the same
// task walked at Regenwald Outdoor (every kind of friction) and at Wolkenlos Outdoor (none), each audited from the
// popup, its proposed findings confirmed and its steps rated in the side panel, then finished.
import { pageReader } from './page-read.mjs';
import { tabIdShowing } from './launch-extension.mjs';
import { REGENWALD_WALK, SMOOTH_WALK, walkRegenwald, walkSmooth } from './walk.mjs';

/** @typedef {import('@playwright/test').BrowserContext} BrowserContext */
/** @typedef {import('@playwright/test').Page} Page */

/** Both audits are of one task by one auditor, so that a comparison lines them up. */
export const COMPARED_AUDIT = { scenario: 'Buy a rain jacket, then check the order', auditor: 'Demo Auditor' };
/** What the customer types: invented, and never stored by Shopwalk. */
const TYPED = { email: 'demo@example.com', password: 'not-stored-anywhere' };
/** The friction rules Regenwald's walk runs into; the auditor waits for each before judging the findings. */
export const REGENWALD_FRICTION = ['forced-account', 'long-checkout', 'late-cost', 'slow-page', 'interstitial'];

/**
 * How the auditor rates every criterion of every step (1-5), by stage, other stages getting `rest`: Regenwald's
 * product page is the better one, everything else is better at Wolkenlos. So the comparison has winners on both
 * sides, which a test can name in advance.
 */
export const RATINGS = {
  regenwald: { product: 5, rest: 3 },
  wolkenlos: { product: 3, rest: 4 },
};

/**
 * Opens `shopUrl` in a tab of its own, starts an audit of it from the popup, walks it with `walk` and returns the
 * tab's side panel (opened as a page, named with `?tab=`).
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @param {string} shopUrl
 * @param {(page: Page) => Promise<void>} walk
 * @param {{ shopName?: string }} [start] the shop's name as the auditor writes it; guessed from the page otherwise
 * @returns {Promise<Page>}
 */
export async function auditWalk(context, extensionId, shopUrl, walk, start = {}) {
  const extensionPage = (/** @type {string} */ path) => `chrome-extension://${extensionId}/${path}`;
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(shopUrl);
  const tabId = await tabIdShowing(context, page.url());

  const popup = await context.newPage();
  await popup.goto(extensionPage(`popup.html?tab=${tabId}`));
  if (start.shopName !== undefined) await popup.getByLabel('Shop').fill(start.shopName);
  await popup.getByLabel('Scenario').fill(COMPARED_AUDIT.scenario);
  await popup.getByLabel('Auditor').fill(COMPARED_AUDIT.auditor);
  await popup.getByRole('button', { name: 'Start audit' }).click();
  await popup.getByText('Recording').waitFor();
  await popup.close();

  await page.bringToFront();
  await walk(page);
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(extensionPage(`sidepanel.html?tab=${tabId}`));
  return panel;
}

/**
 * Confirms every finding the rules proposed, one after the other (each confirmed one leaves the proposals, so the
 * last of them going away says the click landed).
 * @param {Page} panel
 */
export async function confirmFindings(panel) {
  const proposed = panel.locator('[data-verdict="proposed"]');
  for (let left = await proposed.count(); left > 0; left--) {
    await proposed.first().getByRole('button', { name: 'Confirm', exact: true }).click();
    await proposed.nth(left - 1).waitFor({ state: 'detached' });
  }
}

/**
 * Rates every criterion of every step with the points `ratings` gives its stage.
 * @param {Page} panel
 * @param {{ product: number, rest: number }} ratings
 */
export async function rateSteps(panel, ratings) {
  const steps = panel.getByTestId('touchpoint');
  const count = await steps.count();
  for (let i = 0; i < count; i++) {
    const step = steps.nth(i);
    const stage = await step.getAttribute('data-stage');
    const points = stage === 'product' ? ratings.product : ratings.rest;
    // The ends of a scale are read out with their words ("5, …"), so the point is matched at the name's start.
    const radio = { name: new RegExp(`^${points}(\\D|$)`) };
    await step.getByText(/^Rate this step/).click();
    // A criterion is a group of radios with no group inside (the list of criteria is a group too).
    const criteria = step
      .getByRole('group')
      .filter({ has: panel.getByRole('radio', radio), hasNot: panel.getByRole('group') });
    await criteria.first().waitFor(); // the step's criteria unfold
    const total = await criteria.count();
    for (let c = 0; c < total; c++) await criteria.nth(c).getByRole('radio', radio).check();
    const rated = step.getByText(`Rate this step: ${total} of ${total} criteria rated`);
    await rated.click(); // folds the criteria away again, as an auditor tidies up
    await criteria.first().waitFor({ state: 'hidden' });
  }
}

/** @param {Page} panel */
export async function finishAudit(panel) {
  await panel.getByRole('button', { name: 'Finish' }).click();
  await panel.getByLabel('Start an audit of this page').waitFor();
}

/**
 * Audits Regenwald, then Wolkenlos, on the same task: walks each, waits for every step (and at Regenwald for every
 * kind of friction), confirms the findings, rates the steps and finishes. `beforeFinish` may look at Regenwald's side
 * panel first (the demo takes its picture).
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @param {{ regenwaldUrl: string, wolkenlosUrl: string, thinkMs?: number, beforeFinish?: (panel: Page) => Promise<void> }} options
 */
export async function auditBothShops(context, extensionId, { regenwaldUrl, wolkenlosUrl, thinkMs = 0, beforeFinish }) {
  // The auditor lets each page be read before going on (the demo's pace is slower anyway).
  const reader = await context.newPage();
  await reader.goto(`chrome-extension://${extensionId}/dashboard.html`);
  const readPage = pageReader(reader);
  const regenwald = await auditWalk(context, extensionId, regenwaldUrl, (page) =>
    walkRegenwald(page, regenwaldUrl, TYPED, { thinkMs, readPage }),
  );
  await regenwald
    .getByTestId('touchpoint')
    .nth(REGENWALD_WALK.length - 1)
    .waitFor();
  for (const rule of REGENWALD_FRICTION) await regenwald.locator(`[data-rule="${rule}"]`).first().waitFor();
  await confirmFindings(regenwald);
  await rateSteps(regenwald, RATINGS.regenwald);
  await beforeFinish?.(regenwald);
  await finishAudit(regenwald);

  const wolkenlos = await auditWalk(context, extensionId, wolkenlosUrl, (page) =>
    walkSmooth(page, wolkenlosUrl, TYPED, { thinkMs, readPage }),
  );
  await wolkenlos
    .getByTestId('touchpoint')
    .nth(SMOOTH_WALK.length - 1)
    .waitFor();
  await confirmFindings(wolkenlos);
  await rateSteps(wolkenlos, RATINGS.wolkenlos);
  await finishAudit(wolkenlos);
  await reader.close();
}
