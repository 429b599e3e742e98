import type { Stage } from '../model/stage';
import type { ShopwalkDb } from './database';
import { refreshFindings } from './findings';

/**
 * The auditor puts a touchpoint in another journey stage: from now on the page's guesses leave it alone, and the
 * rules run again, since several judge a page by its stage (an account form is forced only on the way to payment).
 */
export async function setStageByAuditor(db: ShopwalkDb, touchpointId: string, stage: Stage, at: number): Promise<void> {
  const tp = await db.touchpoints.get(touchpointId);
  if (!tp) return;
  await db.touchpoints.update(touchpointId, { stage, stageSource: 'auditor' });
  await refreshFindings(db, tp.auditId, at);
}
