import { browser, type Browser } from 'wxt/browser';
import type { ShopwalkDb } from '../db/database';
import { auditOfTab } from '../db/journey';
import { readSetting } from '../db/settings';
import { classifyPage, originPattern } from '../pages/page-access';
import { guessShopName } from '../pages/shop-name';
import { openPanel } from '../tabs/open-panel';
import { handleCommand } from './handle-command';

/**
 * The keyboard shortcut starts an audit of the current tab with the shop name guessed from the page and the
 * auditor and scenario used last; the side panel opens to show it. The shortcut is a user gesture, so the site
 * permission and the side panel are asked for at once, before anything is awaited (Chrome forgets the gesture
 * after the first await).
 */
export function startFromKeyboard(db: () => Promise<ShopwalkDb>, tab: Browser.tabs.Tab): void {
  const access = classifyPage(tab.url);
  const tabId = tab.id;
  if (tabId === undefined) return;
  const granted = access.ok
    ? browser.permissions.request({ origins: [originPattern(access.origin)] })
    : Promise.resolve(false);
  void openPanel(tabId).catch((e: unknown) => console.warn('Shopwalk: could not open the panel', e));
  void (async () => {
    await granted.catch(() => false); // without the site permission the journey is still recorded from navigation
    const d = await db();
    if (await auditOfTab(d, tabId)) return;
    const [auditorName, scenario] = await Promise.all([readSetting(d, 'auditorName'), readSetting(d, 'lastScenario')]);
    const shopName = guessShopName(tab.title ?? '', tab.url ?? '');
    await handleCommand(d, { type: 'audit/start', tabId, shopName, scenario, auditorName }, Date.now());
  })();
}
