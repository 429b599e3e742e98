import type { Browser } from 'wxt/browser';
import type { ShopwalkDb } from '../db/database';
import { auditOfTab } from '../db/journey';
import { readSetting } from '../db/settings';
import { resolveLocale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { toggleTask } from '../recording/task-lifecycle';
import { openPanel } from '../tabs/open-panel';

/**
 * The task shortcut: in the audit of the current tab, starts "Task N" when no task runs, else ends the running one
 * without a verdict; the side panel opens to show it and asks for the outcome and the SEQ answer. The moment is
 * taken at the key press, and the panel is opened before anything is awaited (Chrome forgets the gesture after
 * the first await). Nothing happens without an audit, or while it is paused (a running task still ends).
 */
export function toggleTaskFromKeyboard(db: () => Promise<ShopwalkDb>, tab: Browser.tabs.Tab): void {
  const at = Date.now();
  const tabId = tab.id;
  if (tabId === undefined) return;
  void openPanel(tabId).catch((e: unknown) => console.warn('Shopwalk: could not open the panel', e));
  void (async () => {
    const d = await db();
    const audit = await auditOfTab(d, tabId);
    if (!audit) return;
    const t = translator(resolveLocale(await readSetting(d, 'locale'), navigator.languages));
    const result = await toggleTask(d, audit.id, (n) => t('task.defaultName', { n }), at);
    // The panel shows the audit's state (paused, finished), which is the reason for a refusal.
    if (!result.ok) console.info(`Shopwalk: no task started (${result.error})`);
  })();
}
