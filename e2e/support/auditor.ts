import { expect, type Page } from '@playwright/test';
import type { Extension } from './fixtures';

export interface StartValues {
  shop?: string;
  scenario?: string;
  auditor?: string;
  /** The scorecard's name as the start form lists it; the default card otherwise. */
  scorecard?: string;
}

/** Opens the popup for the tab of `shopPage` (as a tab of its own, named with `?tab=`). */
export async function openPopup(ext: Extension, shopPage: Page): Promise<Page> {
  const tabId = await ext.tabIdOf(shopPage);
  const popup = await ext.context.newPage();
  await popup.goto(ext.page(`popup.html?tab=${tabId}`));
  return popup;
}

/** The side panel of the tab showing `shopPage`, opened as a page of its own (named with `?tab=`). */
export async function openSidePanel(ext: Extension, shopPage: Page): Promise<Page> {
  const panel = await ext.context.newPage();
  await panel.goto(ext.page(`sidepanel.html?tab=${await ext.tabIdOf(shopPage)}`));
  return panel;
}

/** Starts an audit of the page shown in `shopPage` from the popup, as an auditor would, and returns to the shop. */
export async function startAudit(ext: Extension, shopPage: Page, values: StartValues = {}): Promise<void> {
  const popup = await openPopup(ext, shopPage);
  if (values.shop !== undefined) await popup.getByLabel('Shop').fill(values.shop);
  await popup.getByLabel('Scenario').fill(values.scenario ?? 'Buy a rain jacket');
  await popup.getByLabel('Auditor').fill(values.auditor ?? 'Alex Auditor');
  if (values.scorecard !== undefined) await popup.getByLabel('Scorecard').selectOption({ label: values.scorecard });
  await popup.getByRole('button', { name: 'Start audit' }).click();
  await expect(popup.getByText('Recording')).toBeVisible();
  await popup.close();
  await shopPage.bringToFront();
}
