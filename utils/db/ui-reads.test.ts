import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkStoredSeal } from '../evidence/stored-evidence';
import { exportFiles } from '../export/export-files';
import { addSampleAudit } from '../export/sample-audits';
import { isWeb } from '../model/touchpoint';
import { attachmentsOf, addAttachment } from './attachments';
import { auditRows, openedAudit, waitingAudits } from './audit-list';
import { openDatabase, type ShopwalkDb } from './database';
import { findingsOf } from './findings';
import { auditOfTab, boundAudits, touchpointsOf } from './journey';
import { addOffWebTouchpoint } from './off-web';
import { readReportRecords, readStatisticsRecords } from './report-audits';
import { readSetting } from './settings';
import { recordReads, type Read } from './support/read-log';
import { openTask, tasksOf } from './tasks';
import { templateOfAudit, userTemplates } from './templates';

// "No query the UI runs scans a whole table" (docs/data-model.md): the reads of each view of the extension, recorded
// where Dexie hands them to IndexedDB, against a database with a few audits of every kind of record.

let db: ShopwalkDb;
let log: Read[];
let ids: string[];
const TAB = 7;

beforeEach(async () => {
  db = openDatabase(crypto.randomUUID());
  log = recordReads(db);
  const audits = [
    await addSampleAudit(db, { shopName: 'Erster Shop' }),
    await addSampleAudit(db, { shopName: 'Zweiter Shop', status: 'active', tabId: TAB }),
    await addSampleAudit(db, { shopName: 'Dritter Shop', status: 'paused', pauseReason: 'tab-closed' }),
  ];
  ids = audits.map((a) => a.audit.id);
  const first = audits[0]!;
  const shot = { type: 'image/webp' as const, width: 2, height: 1, takenAt: first.audit.startedAt };
  await db.screenshots.add({
    id: 'shot',
    auditId: first.audit.id,
    ...shot,
    image: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/webp' }),
    thumbnail: new Blob([new Uint8Array([1])], { type: 'image/webp' }),
  });
  const times = { startedAt: first.audit.startedAt, endedAt: first.audit.startedAt + 60_000 };
  const call = { channel: 'hotline' as const, title: 'Hotline', stage: 'service' as const, times };
  const contact = await addOffWebTouchpoint(db, first.audit.id, call, first.audit.startedAt + 120_000);
  if (!contact.ok) throw new Error(contact.error);
  const file = await addAttachment(db, contact.value.id, new File(['notes'], 'call.txt', { type: 'text/plain' }), 1);
  if (!file.ok) throw new Error(file.error);
});
afterEach(async () => {
  await db.delete();
});

/** The tables `work` read whole (in the order first read), and how many reads it made. */
async function readsOf(work: () => Promise<unknown>): Promise<{ whole: string[]; reads: number }> {
  log.length = 0;
  await work();
  return { whole: [...new Set(log.filter((r) => r.whole).map((r) => r.table))], reads: log.length };
}

/** One audit's page in the dashboard: the audit with its journey, then what its parts read. */
async function auditPage(auditId: string) {
  const opened = await openedAudit(db, auditId);
  if (!opened) throw new Error('no audit');
  const contact = opened.touchpoints.find((tp) => !isWeb(tp));
  await Promise.all([
    db.audits.get(auditId), // EndOfJourney
    findingsOf(db, auditId), // AuditFindings, ScorecardProvider
    tasksOf(db, auditId), // AuditTasks
    templateOfAudit(db, opened.audit.templateId), // ScorecardProvider
    contact && attachmentsOf(db, contact.id), // AttachmentList
    db.screenshots.get('shot'), // ScreenshotImage
    checkStoredSeal(db, auditId), // EvidenceChain's Verify
  ]);
}

/** The side panel of a tab: its audit, journey, tasks and the start form's defaults. */
async function sidePanel(tabId: number) {
  const audit = await auditOfTab(db, tabId);
  await Promise.all([
    readSetting(db, 'auditorName'),
    readSetting(db, 'lastScenario'),
    readSetting(db, 'captureConsent'),
  ]);
  if (!audit) return waitingAudits(db, 5);
  return Promise.all([touchpointsOf(db, audit.id), tasksOf(db, audit.id), openTask(db, audit.id)]);
}

describe('the reads of each view go through a key range, the audit list and the scorecards excepted', () => {
  // The exceptions, and why: the list is every audit there is (rows are small: no journey, findings or pixels);
  // the tab without an audit offers the audits waiting for a tab, which no index names (see waitingAudits); the
  // scorecards view lists every template the user made.
  const views: [string, () => Promise<unknown>, string[]][] = [
    ['the audit list', () => auditRows(db), ['audits']],
    ['the scenario statistics under the list', () => readStatisticsRecords(db, ids), []],
    ['one audit’s page', () => auditPage(ids[0]!), []],
    ['a comparison', () => readReportRecords(db, ids), []],
    ['exporting every audit', () => exportFiles(db, ids, { appVersion: '0.1.0', at: 1 }), []],
    ['the side panel of an audited tab', () => sidePanel(TAB), []],
    ['the side panel of a tab without an audit', () => sidePanel(TAB + 1), ['audits']],
    ['the scorecards view', () => userTemplates(db), ['templates']],
    ['the settings page withdrawing consent', () => boundAudits(db), []],
  ];
  test.each(views)('%s', async (_, work, allowed) => {
    const { whole, reads } = await readsOf(work);
    expect(whole).toEqual(allowed);
    expect(reads).toBeGreaterThan(0); // the log saw the view's reads at all
  });
});

test('a read of a whole table is seen, through an index or not, and a limited one is not', async () => {
  expect((await readsOf(() => db.touchpoints.toArray())).whole).toEqual(['touchpoints']);
  expect((await readsOf(() => db.findings.filter((f) => f.verdict === 'confirmed').toArray())).whole).toEqual([
    'findings',
  ]);
  expect((await readsOf(() => db.audits.orderBy('startedAt').toArray())).whole).toEqual(['audits']);
  expect((await readsOf(() => db.audits.orderBy('startedAt').reverse().limit(2).toArray())).whole).toEqual([]);
  expect((await readsOf(() => touchpointsOf(db, ids[0]!))).whole).toEqual([]);
});
