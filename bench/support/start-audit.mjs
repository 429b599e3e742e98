// @ts-check
import { tabIdShowing } from '../../e2e/support/launch-extension.mjs';

/**
 * Starts an audit of the tab showing `page` as an auditor does, through the popup (opened for that tab), and
 * returns the tab's id. Both the heavy-page arms and the side-panel benchmark start their audits this way.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} extensionId
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<number>}
 */
export async function startBenchmarkAudit(context, extensionId, page) {
  const tabId = await tabIdShowing(context, page.url());
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.getByLabel('Scenario').fill('Benchmark');
  await popup.getByRole('button', { name: 'Start audit' }).click();
  await popup.getByText('Recording').waitFor();
  await popup.close();
  return tabId;
}
