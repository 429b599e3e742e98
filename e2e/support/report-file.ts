import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import type { Extension } from './fixtures';

/** What a page let out while it was open: every request, dialog and console message or uncaught error. */
export interface Heard {
  requests: string[];
  dialogs: string[];
  console: string[];
}

/** Starts noting what `page` lets out: its requests, its dialogs (dismissed), its console and uncaught errors. */
export function listenTo(page: Page): Heard {
  const heard: Heard = { requests: [], dialogs: [], console: [] };
  page.on('request', (r) => heard.requests.push(r.url()));
  page.on('dialog', (d) => {
    heard.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => heard.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => heard.console.push(`pageerror: ${e.message}`));
  return heard;
}

/**
 * Opens a saved HTML report from file:// in a tab that notes every request, dialog and console message: the
 * report must need no network, run no script and have nothing to complain about.
 */
export async function openReportFile(ext: Extension, path: string) {
  const report = await ext.context.newPage();
  const heard = listenTo(report);
  await report.goto(pathToFileURL(path).href);
  await report.waitForLoadState('load');
  return { report, heard };
}

/** What left the file: anything but the file itself and the images embedded in it. */
export const outside = (urls: readonly string[]) =>
  urls.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'));
