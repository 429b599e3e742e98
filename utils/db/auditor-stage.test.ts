import { describe, expect, it } from 'vitest';
import { newTouchpoint } from '../recording/new-touchpoint';
import { arrived, startedAudit, T0, withTestDatabase } from '../recording/test-fixtures';
import { census, field, group } from '../rules/support/test-touchpoint';
import { setStageByAuditor } from './auditor-stage';
import { findingsOf } from './findings';

const db = withTestDatabase();

describe('setStageByAuditor', () => {
  it('stores the stage as the auditor’s and judges the page again in its new stage', async () => {
    const audit = await startedAudit(db(), 1);
    // A login form the page itself did not call a checkout step: not a forced account until it is one.
    const tp = {
      ...newTouchpoint(audit.id, 0, arrived('https://shop.example/login'), T0),
      stage: 'entry' as const,
      forms: census([group([field({ selector: '#pw', type: 'password', required: true })])], { password: 1 }),
    };
    await db().touchpoints.add(tp);
    await setStageByAuditor(db(), tp.id, 'checkout-account', T0 + 1);
    expect(await db().touchpoints.get(tp.id)).toMatchObject({ stage: 'checkout-account', stageSource: 'auditor' });
    expect((await findingsOf(db(), audit.id)).map((f) => f.ruleId)).toEqual(['forced-account']);
  });

  it('does nothing for a touchpoint that is gone', async () => {
    await expect(setStageByAuditor(db(), 'gone', 'cart', T0)).resolves.toBeUndefined();
  });
});
