import type { ReportRecords } from '../../db/report-audits';
import { bytesToBase64 } from '../../export/binary-records';
import { translator } from '../../i18n/translate';
import { SCREENSHOT_TYPES, type Screenshot } from '../../model/screenshot';
import { reportDocument, type ReportDocument } from '../document/report-document';
import { reportFileName, type ReportFile, type ReportFileOptions } from '../report-file';
import { htmlReport } from './html-report';

/** A screenshot as a data: URL, of its stored type (webp or jpeg only: nothing else may pass as an image). */
async function dataUrl(screenshot: Screenshot): Promise<string | undefined> {
  if (!(SCREENSHOT_TYPES as readonly string[]).includes(screenshot.type)) return undefined;
  return `data:${screenshot.type};base64,${bytesToBase64(new Uint8Array(await screenshot.image.arrayBuffer()))}`;
}

/** The screenshots of the report's top findings, and no others: a report carries what it shows. */
async function topFindingImages(doc: ReportDocument, records: readonly ReportRecords[]): Promise<Map<string, string>> {
  const wanted = new Set(doc.audits.flatMap((a) => a.topFindings.flatMap((f) => f.screenshotId ?? [])));
  const shots = records.flatMap((r) => r.screenshots).filter((s) => wanted.has(s.id));
  const images = new Map<string, string>();
  for (const shot of shots) {
    const url = await dataUrl(shot);
    if (url) images.set(shot.id, url);
  }
  return images;
}

/**
 * The HTML report of the given audits as a file: `shopwalk-report-<day>.html`, UTF-8, one file that opens offline
 * with the screenshots of its top findings inside.
 */
export async function htmlReportFile(
  records: readonly ReportRecords[],
  { baselineId, locale, now }: ReportFileOptions,
): Promise<ReportFile> {
  const doc = reportDocument(records, { ...(baselineId === undefined ? {} : { baselineId }), now });
  const images = await topFindingImages(doc, records);
  return {
    fileName: reportFileName('html', now),
    text: htmlReport(doc, { t: translator(locale), locale, images }),
    type: 'text/html;charset=utf-8',
  };
}
