import type { ShopwalkDb } from '../db/database';
import { pageReportSchema } from '../messages';
import { recordMeasures } from './record-measures';

/**
 * Stores a left page's last report on its touchpoint, if it is a valid measure report and its touchpoint belongs to
 * an audit recording a tab; returns that tab. Only the extension's own scripts can write to its storage (a page
 * cannot), and the recorder names only the touchpoint the background told it, so the tab is the audit's own.
 * Parts are replaced whole, so a report that also arrived as a message does no harm.
 */
export async function recordLastWords(db: ShopwalkDb, stored: unknown, at: number): Promise<number | undefined> {
  const report = pageReportSchema.safeParse(stored);
  if (!report.success || report.data.type !== 'page/measure') return undefined;
  const tp = await db.touchpoints.get(report.data.touchpointId);
  const tabId = tp && (await db.audits.get(tp.auditId))?.tabId;
  if (tabId === undefined) return undefined;
  const { type: _type, ...measures } = report.data;
  return (await recordMeasures(db, tabId, measures, at)) ? tabId : undefined;
}
