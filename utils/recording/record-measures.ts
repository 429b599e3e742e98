import type { ShopwalkDb } from '../db/database';
import type { Measures } from '../model/measures';
import type { PageTiming } from '../model/page-timing';
import type { Stage } from '../model/stage';
import type { Touchpoint } from '../model/touchpoint';
import { withActiveAudit } from './journey-events';

export interface MeasureReport {
  touchpointId: string;
  measures: Measures;
  stageGuess?: Stage;
  routeTiming?: PageTiming;
}

/** The change a report makes to its touchpoint: parts replaced whole; the stage only while the auditor left it. */
export function measureChange(tp: Touchpoint, report: MeasureReport): Partial<Touchpoint> {
  const change: Partial<Touchpoint> = {};
  for (const [name, value] of Object.entries(report.measures) as [keyof Measures, unknown][]) {
    if (value !== undefined) (change as Record<string, unknown>)[name] = value;
  }
  if (report.stageGuess && tp.stageSource !== 'auditor' && tp.stage !== report.stageGuess) {
    change.stage = report.stageGuess;
    change.stageSource = 'guess';
  }
  if (report.routeTiming) change.timing = { ...tp.timing, ...report.routeTiming };
  return change;
}

/**
 * Stores what the recorder in a tab measured, on the touchpoint it names, if that touchpoint belongs to the audit
 * actively recording that tab: a page can name any id, but cannot reach another tab's audit or a finished one.
 */
export async function recordMeasures(
  db: ShopwalkDb,
  tabId: number,
  report: MeasureReport,
  at: number,
): Promise<boolean> {
  const recorded = await withActiveAudit(db, tabId, async (auditId) => {
    const tp = await db.touchpoints.get(report.touchpointId);
    if (!tp || tp.auditId !== auditId) return false;
    const change = measureChange(tp, report);
    if (Object.keys(change).length === 0) return false;
    await db.touchpoints.update(tp.id, change);
    await db.audits.update(auditId, { updatedAt: at });
    return true;
  });
  return recorded ?? false;
}
