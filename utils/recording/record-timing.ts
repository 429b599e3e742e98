import type { ShopwalkDb } from '../db/database';
import { latestTouchpoints } from '../db/journey';
import type { PageTiming } from '../model/page-timing';
import { isSameDocument } from '../model/touchpoint';
import { storedUrl } from './stored-url';
import { withActiveAudit } from './journey-events';

/** How far back a late report (LCP and CLS come when the page is left) may look for its page load. */
const LOOK_BACK = 50;

/**
 * Adds what a page's Performance APIs reported to the touchpoint where that document was loaded: the newest one
 * with the document's URL that is a page load (LCP and CLS arrive when the customer leaves, so often after the
 * next touchpoint has begun). Later values of a metric replace earlier ones, as web-vitals reports them.
 */
export async function recordTiming(
  db: ShopwalkDb,
  tabId: number,
  documentUrl: string,
  timing: PageTiming,
  at: number,
): Promise<boolean> {
  const recorded = await withActiveAudit(db, tabId, async (auditId) => {
    const target = (await latestTouchpoints(db, auditId, LOOK_BACK)).find(
      (tp) => !isSameDocument(tp.arrival) && tp.url === storedUrl(documentUrl, tp.arrival),
    );
    if (!target) return false;
    await db.touchpoints.update(target.id, { timing: { ...target.timing, ...timing } });
    await db.audits.update(auditId, { updatedAt: at });
    return true;
  });
  return recorded ?? false;
}
