import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { exportFile } from '../utils/export/build-export';
import { corpusChunks, corpusExported, corpusRecords } from '../utils/export/support/corpus-audits';
import { CANARY, INJECTION_CORPUS } from '../utils/export/support/injection-corpus';
import { translator } from '../utils/i18n/translate';
import { reportDocument } from '../utils/report/document/report-document';
import { htmlReport } from '../utils/report/html/html-report';
import { asHtmlText } from '../utils/report/support/inert-report';
import { expect, test } from './support/fixtures';
import { listenTo, openReportFile, outside } from './support/report-file';

// The injection corpus in a real browser: one audit for each five payloads, each payload a step's title, address,
// note and finding, the first ones also the shop's, the scenario's and the auditor's names. The unit tests check every export's text; here
// Chromium opens what Shopwalk makes of them and must run nothing: every payload that runs sets the canary
// `top.__shopwalkPwned` (not alert(), which a test might miss), so the canary must stay undefined.

const START = Date.UTC(2026, 10, 10, 12);
const DAY = 86_400_000;
const audits = () =>
  corpusChunks(INJECTION_CORPUS, 5).map((chunk, i) => corpusRecords(`corpus-${i}`, chunk, START + i * DAY));

const canary = (page: Page) => page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], CANARY);

/** Elements and attributes that run or load something, as the browser parsed the page. */
const active = (page: Page) =>
  page.evaluate(() => ({
    elements: [...document.querySelectorAll('script:not([src]), iframe, object, embed, base, [srcdoc]')].length,
    handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name)))
      .length,
  }));

test('a report of the whole corpus opened from file:// runs, loads and logs nothing, and shows every payload', async ({
  ext,
}) => {
  const records = audits();
  const doc = reportDocument(records, { now: START + records.length * DAY });
  const path = join(await mkdtemp(join(tmpdir(), 'shopwalk-corpus-')), 'shopwalk-report-corpus.html');
  await writeFile(path, htmlReport(doc, { t: translator('en'), locale: 'en', images: new Map() }));
  const { report, heard } = await openReportFile(ext, path);
  // Two frames after load: what fires by itself (onload, onerror, ontoggle, autofocus) has had its turn by then.
  await report.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await canary(report)).toBeUndefined();
  expect(await report.locator('script').count()).toBe(0);
  expect(await active(report)).toEqual({ elements: 0, handlers: 0 });
  expect(heard.dialogs).toEqual([]);
  expect(heard.console).toEqual([]);
  expect(outside(heard.requests)).toEqual([]);
  const text = asHtmlText(await report.evaluate(() => document.body.textContent ?? ''));
  expect(INJECTION_CORPUS.filter((payload) => !text.includes(asHtmlText(payload)))).toEqual([]);
});

test('the dashboard shows the corpus as text in its list, a comparison and every audit page, and runs nothing', async ({
  ext,
}) => {
  const records = audits();
  const dashboard = await ext.context.newPage();
  const heard = listenTo(dashboard);
  /** Nothing ran and nothing is there to run, in the view shown now. */
  const ranNothing = async (view: string) => {
    expect(await canary(dashboard), view).toBeUndefined();
    expect(await active(dashboard), view).toEqual({ elements: 0, handlers: 0 });
  };
  await dashboard.goto(ext.page('dashboard.html'));
  const file = exportFile(records.map(corpusExported), { appVersion: '0.1.0', at: START });
  await dashboard.getByTestId('import-file').setInputFiles({
    name: 'corpus.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(dashboard.getByTestId('import-report')).toContainText(`Imported ${records.length} audits`);
  await expect(dashboard.getByTestId('audit-row')).toHaveCount(records.length);
  await ranNothing('list');

  const ids = records.slice(0, 10).map((r) => r.audit.id);
  await dashboard.goto(ext.page(`dashboard.html#/compare?ids=${ids.join(',')}`));
  await expect(dashboard.getByTestId('comparison')).toBeVisible();
  await expect(dashboard.getByLabel('Baseline').locator('option:checked')).toHaveText(records[0]!.audit.shopName);
  const other = records[1]!.audit.shopName;
  await expect(
    dashboard.getByTestId('comparison').getByText(other, { exact: true }).filter({ visible: true }).first(),
  ).toBeVisible();
  await ranNothing('comparison');

  // Every audit's page: each step's title, address, note and finding, the tasks, the scorecard's texts.
  for (const { audit, touchpoints } of records) {
    await dashboard.goto(ext.page(`dashboard.html#/audit/${audit.id}`));
    await expect
      .poll(() => dashboard.evaluate(() => document.querySelector('main h2')?.textContent))
      .toBe(audit.shopName);
    await expect(dashboard.getByText(touchpoints[1]!.title.trim()).first()).toBeAttached();
    await ranNothing(audit.id);
  }
  expect(heard.dialogs).toEqual([]);
  expect(heard.console.filter((line) => line.startsWith('pageerror') || line.startsWith('error'))).toEqual([]);
  expect(heard.requests.filter((url) => !url.startsWith('chrome-extension:') && !url.startsWith('data:'))).toEqual([]);
});
