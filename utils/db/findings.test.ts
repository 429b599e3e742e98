import { describe, expect, it } from 'vitest';
import { newTouchpoint } from '../recording/new-touchpoint';
import { finishAudit, pauseAudit } from '../recording/audit-lifecycle';
import { arrived, startedAudit, T0, withTestDatabase } from '../recording/test-fixtures';
import { census, field, group } from '../rules/support/test-touchpoint';
import type { Touchpoint } from '../model/touchpoint';
import { decideFinding, findingsOf, refreshFindings, refreshFindingsOfTab } from './findings';
import { writeSetting } from './settings';

const db = withTestDatabase();

/** A checkout login page asking for a password, with no guest form: forced-account fires on it. */
function loginPage(auditId: string, seq: number): Touchpoint {
  return {
    ...newTouchpoint(auditId, seq, arrived('https://shop.example/checkout/login'), T0 + seq),
    stage: 'checkout-account',
    forms: census([group([field(), field({ selector: '#pw', type: 'password' })])], { fields: 2, password: 1 }),
  };
}

/** The same checkout step with 12 fields: long-checkout fires above 8 by default. */
function longForm(auditId: string, seq: number): Touchpoint {
  return {
    ...newTouchpoint(auditId, seq, arrived('https://shop.example/checkout/address'), T0 + seq),
    stage: 'checkout-address',
    forms: census([group([field()])], { fields: 12 }),
  };
}

describe('refreshFindings', () => {
  it('stores the rules’ proposals once, however often it runs', async () => {
    const audit = await startedAudit(db(), 1);
    await db().touchpoints.add(loginPage(audit.id, 0));
    await refreshFindings(db(), audit.id, T0 + 10);
    await refreshFindings(db(), audit.id, T0 + 20);
    const found = await findingsOf(db(), audit.id);
    expect(found.map((f) => [f.ruleId, f.verdict, f.createdAt])).toEqual([['forced-account', 'proposed', T0 + 10]]);
  });

  it('keeps a confirmed finding when its cause goes, and drops an undecided one', async () => {
    const audit = await startedAudit(db(), 1);
    const login = loginPage(audit.id, 0);
    const address = longForm(audit.id, 1);
    await db().touchpoints.bulkAdd([login, address]);
    await refreshFindings(db(), audit.id, T0 + 10);
    const found = await findingsOf(db(), audit.id);
    expect(found.map((f) => f.ruleId).sort()).toEqual(['forced-account', 'long-checkout']);
    const forced = found.find((f) => f.ruleId === 'forced-account');
    await decideFinding(db(), forced!.id, 'confirmed', T0 + 11);
    // The pages are measured again: a guest form appeared beside the login, and the address form lost fields.
    const guestForm = group([field({ type: 'email' })]);
    const loginForm = group([field({ selector: '#pw', type: 'password' })]);
    await db().touchpoints.update(login.id, { forms: census([guestForm, loginForm], { fields: 2, password: 1 }) });
    await db().touchpoints.update(address.id, { forms: census([group([field()])], { fields: 3 }) });
    await refreshFindings(db(), audit.id, T0 + 20);
    expect((await findingsOf(db(), audit.id)).map((f) => [f.ruleId, f.verdict])).toEqual([
      ['forced-account', 'confirmed'],
    ]);
  });

  it('uses the user’s thresholds from the settings', async () => {
    const audit = await startedAudit(db(), 1);
    await db().touchpoints.add(longForm(audit.id, 0));
    await writeSetting(db(), 'ruleThresholds', { 'long-checkout': 20 });
    await refreshFindings(db(), audit.id, T0 + 10);
    expect(await findingsOf(db(), audit.id)).toEqual([]);
    await writeSetting(db(), 'ruleThresholds', {});
    await refreshFindings(db(), audit.id, T0 + 20);
    expect((await findingsOf(db(), audit.id)).map((f) => f.ruleId)).toEqual(['long-checkout']);
  });
});

describe('refreshFindings of a finished audit', () => {
  it('leaves its findings as the walk found them', async () => {
    const audit = await startedAudit(db(), 1);
    await db().touchpoints.add(longForm(audit.id, 0));
    await finishAudit(db(), audit.id, T0 + 5);
    await refreshFindings(db(), audit.id, T0 + 10);
    expect(await findingsOf(db(), audit.id)).toEqual([]);
  });
});

describe('refreshFindingsOfTab', () => {
  it('refreshes the audit recording the tab, and not a paused one', async () => {
    const audit = await startedAudit(db(), 1);
    await db().touchpoints.add(loginPage(audit.id, 0));
    await refreshFindingsOfTab(db(), 2, T0 + 5);
    expect(await findingsOf(db(), audit.id)).toEqual([]);
    await pauseAudit(db(), audit.id, 'auditor', T0 + 6);
    await refreshFindingsOfTab(db(), 1, T0 + 7);
    expect(await findingsOf(db(), audit.id)).toEqual([]);
  });

  it('refreshes the active audit of the tab', async () => {
    const audit = await startedAudit(db(), 1);
    await db().touchpoints.add(loginPage(audit.id, 0));
    await refreshFindingsOfTab(db(), 1, T0 + 5);
    expect(await findingsOf(db(), audit.id)).toHaveLength(1);
  });
});

describe('decideFinding', () => {
  it('confirms, dismisses and takes a verdict back, with the moment of the decision', async () => {
    const audit = await startedAudit(db(), 1);
    await db().touchpoints.add(loginPage(audit.id, 0));
    await refreshFindings(db(), audit.id, T0);
    const [finding] = await findingsOf(db(), audit.id);
    await decideFinding(db(), finding!.id, 'dismissed', T0 + 1);
    expect(await db().findings.get(finding!.id)).toMatchObject({ verdict: 'dismissed', decidedAt: T0 + 1 });
    await decideFinding(db(), finding!.id, 'proposed', T0 + 2);
    const undecided = await db().findings.get(finding!.id);
    expect(undecided?.verdict).toBe('proposed');
    expect(undecided).not.toHaveProperty('decidedAt');
  });

  it('keeps the auditor’s own findings confirmed or dismissed, never proposed', async () => {
    const audit = await startedAudit(db(), 1);
    await db().findings.add({
      id: 'own',
      auditId: audit.id,
      source: 'auditor',
      ruleId: 'manual',
      key: '',
      severity: 2,
      evidence: { values: {} },
      note: 'Hard to find the size chart',
      verdict: 'confirmed',
      createdAt: T0,
    });
    await decideFinding(db(), 'own', 'proposed', T0 + 1);
    expect((await db().findings.get('own'))?.verdict).toBe('confirmed');
    await decideFinding(db(), 'own', 'dismissed', T0 + 2);
    expect((await db().findings.get('own'))?.verdict).toBe('dismissed');
  });
});
