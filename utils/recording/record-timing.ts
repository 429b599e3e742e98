import { Dexie } from 'dexie';
import type { ShopwalkDb } from '../db/database';
import { auditOfTab } from '../db/journey';
import type { PageTiming } from '../model/page-timing';
import type { Touchpoint } from '../model/touchpoint';
import { clipUrl } from './clip';

/** How far back a late report (LCP and CLS come when the page is left) may look for its page load. */
const LOOK_BACK = 50;

const isDocumentLoad = (tp: Touchpoint) => tp.arrival !== 'history' && tp.arrival !== 'hash';

/**
 * Adds what a page's Performance APIs reported to the touchpoint where that document was loaded: the newest one
 * with the document's URL that is a page load (LCP and CLS arrive when the customer leaves, so often after the
 * next touchpoint has begun). Later values of a metric replace earlier ones, as web-vitals reports them.
 */
export function recordTiming(
  db: ShopwalkDb,
  tabId: number,
  documentUrl: string,
  timing: PageTiming,
  at: number,
): Promise<boolean> {
  return db.transaction('rw', db.audits, db.touchpoints, async () => {
    const audit = await auditOfTab(db, tabId);
    if (!audit || audit.status !== 'active') return false;
    const url = clipUrl(documentUrl);
    const recent = await db.touchpoints
      .where('[auditId+seq]')
      .between([audit.id, Dexie.minKey], [audit.id, Dexie.maxKey])
      .reverse()
      .limit(LOOK_BACK)
      .toArray();
    const target = recent.find((tp) => tp.url === url && isDocumentLoad(tp));
    if (!target) return false;
    await db.touchpoints.update(target.id, { timing: { ...target.timing, ...timing } });
    await db.audits.update(audit.id, { updatedAt: at });
    return true;
  });
}
