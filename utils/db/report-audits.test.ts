import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addSampleAudit } from '../export/sample-audits';
import { openDatabase, type ShopwalkDb } from './database';
import { readReportRecords, readStatisticsRecords } from './report-audits';

let db: ShopwalkDb;
beforeEach(() => {
  db = openDatabase(crypto.randomUUID());
});
afterEach(async () => {
  await db.delete();
});

describe('readReportRecords', () => {
  test('reads each audit once, in the order given, with its records and its scorecard', async () => {
    const first = await addSampleAudit(db, { shopName: 'Erster Shop' });
    const second = await addSampleAudit(db, { shopName: 'Zweiter Shop', templateId: 'customer-service' });
    const read = await readReportRecords(db, [second.audit.id, 'deleted', first.audit.id, second.audit.id]);
    expect(read.map((r) => r.audit.shopName)).toEqual(['Zweiter Shop', 'Erster Shop']);
    expect(read[0]!.template.id).toBe('customer-service');
    expect(read[1]!.template.id).toBe('guest-purchase'); // no templateId: the default card
    expect(read[1]!.touchpoints).toEqual(first.touchpoints);
    expect(read[1]!.findings.map((f) => f.id).sort()).toEqual(first.findings.map((f) => f.id).sort());
    expect(read[1]!.tasks).toEqual(first.tasks);
  });
});

describe('readStatisticsRecords', () => {
  test('reads the journeys, findings and scorecards of the audits given, in their order, and nothing of pixels', async () => {
    const first = await addSampleAudit(db, { shopName: 'Erster Shop' });
    const second = await addSampleAudit(db, { shopName: 'Zweiter Shop', templateId: 'customer-service' });
    const read = await readStatisticsRecords(db, [second.audit.id, 'deleted', first.audit.id]);
    expect(read.map((r) => r.audit.shopName)).toEqual(['Zweiter Shop', 'Erster Shop']);
    expect(read.map((r) => r.template.id)).toEqual(['customer-service', 'guest-purchase']);
    expect(read[1]!.touchpoints).toEqual(first.touchpoints);
    expect(read[1]!.findings.map((f) => f.id).sort()).toEqual(first.findings.map((f) => f.id).sort());
    expect(Object.keys(read[1]!).sort()).toEqual(['audit', 'findings', 'template', 'touchpoints']);
  });
});
