import { useState } from 'react';
import { browser } from 'wxt/browser';
import { download } from '@/components/download';
import { describeBadLink } from '@/components/EvidenceChainResult';
import { describeImportProblems } from '@/components/import-messages';
import { database } from '@/utils/db/database';
import { readReportRecords, type ReportRecords } from '@/utils/db/report-audits';
import { auditCsvFiles } from '@/utils/report/csv/audit-csv-files';
import { htmlReportFile } from '@/utils/report/html/html-report-file';
import { markdownReportFile } from '@/utils/report/markdown/markdown-report';
import type { ReportFile, ReportFileOptions } from '@/utils/report/report-file';
import { exportFiles } from '@/utils/export/export-files';
import { importAudits } from '@/utils/export/import-audits';
import { MAX_FILE_BYTES } from '@/utils/export/format';
import { parseImport, tooLarge } from '@/utils/export/parse-import';
import { verifyExportedAudit } from '@/utils/evidence/verify-export';
import type { ExportFile } from '@/utils/export/format';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';

export interface TransferReport {
  ok: boolean;
  title: string;
  lines: string[];
}

/**
 * What the seals of a file's imported audits say: a line for each audit changed since its walk was sealed (it is
 * imported all the same, so nothing is lost, and its Verify in the dashboard says the same), and one for those
 * unchanged.
 */
async function checkSeals(t: Translate, locale: Locale, file: ExportFile, imported: readonly string[]) {
  const audits = file.audits.filter((audit) => imported.includes(audit.id));
  const checks = await Promise.all(audits.map(verifyExportedAudit));
  const changed = audits.flatMap((audit, i) => {
    const check = checks[i]!;
    if (check.state !== 'changed') return [];
    const what = describeBadLink(t, locale, check.firstBadLink, audit);
    return [t('transfer.sealChanged', { shop: audit.shopName, what })];
  });
  const unchanged = checks.filter((check) => check.state === 'unchanged').length;
  return { changed, unchanged: unchanged ? [t('transfer.sealsUnchanged', { count: unchanged })] : [] };
}

/** Export to and import from JSON files, CSV tables and comparison reports, with a report in words for the user. */
export function useTransfer(t: Translate, locale: Locale) {
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<TransferReport>();
  const db = database();

  const guard = async (work: () => Promise<TransferReport | undefined>) => {
    setBusy(true);
    setReport(undefined);
    try {
      setReport(await work());
    } catch (error) {
      setReport({ ok: false, title: t('transfer.failed'), lines: [String(error)] });
    } finally {
      setBusy(false);
    }
  };

  const exportAudits = (auditIds: string[]) =>
    guard(async () => {
      const at = Date.now();
      // Several files when the audits are more than one file may be (MAX_FILE_BYTES), so that each imports again.
      const files = await exportFiles(db, auditIds, { appVersion: browser.runtime.getManifest().version, at });
      for (const file of files) download(file.fileName, file.blob);
      if (files.length < 2) return undefined;
      return {
        ok: true,
        title: t('transfer.exportedInParts', { count: files.length }),
        lines: files.map((f) => f.fileName),
      };
    });

  /** One CSV file per table (touchpoints, findings, tasks, scores) for the chosen audits, for spreadsheets. */
  const exportCsv = (auditIds: string[]) =>
    guard(async () => {
      const audits = await readReportRecords(db, auditIds);
      for (const file of auditCsvFiles(audits, { locale, now: Date.now() }))
        download(file.fileName, file.text, 'text/csv;charset=utf-8');
      return undefined;
    });

  /** A comparison's report as one file: HTML to read and print, or a Markdown summary for tickets and wikis. */
  const exportReport =
    (make: (records: ReportRecords[], options: ReportFileOptions) => ReportFile | Promise<ReportFile>) =>
    (auditIds: string[], baselineId: string) =>
      guard(async () => {
        const records = await readReportRecords(db, auditIds);
        const file = await make(records, { baselineId, locale, now: Date.now() });
        download(file.fileName, file.text, file.type);
        return undefined;
      });
  const exportHtmlReport = exportReport(htmlReportFile);
  const exportMarkdownReport = exportReport(markdownReportFile);

  const importFile = (file: File) =>
    guard(async () => {
      // Refused by its size before it is read: a huge file would fill the memory first.
      const parsed = file.size > MAX_FILE_BYTES ? tooLarge(file.size) : parseImport(await file.text());
      if (!parsed.ok)
        return {
          ok: false,
          title: t('transfer.refused', { file: file.name }),
          lines: describeImportProblems(t, parsed.error),
        };
      const { imported, alreadyThere } = await importAudits(db, parsed.value);
      const seals = await checkSeals(t, locale, parsed.value, imported);
      const there = alreadyThere.length ? [t('transfer.alreadyThere', { count: alreadyThere.length })] : [];
      return {
        // An audit changed after its walk is a warning the reader must not miss: the alert region says it.
        ok: seals.changed.length === 0,
        title: t('transfer.imported', { count: imported.length, file: file.name }),
        lines: [...there, ...seals.unchanged, ...seals.changed],
      };
    });

  return { busy, report, exportAudits, exportCsv, exportHtmlReport, exportMarkdownReport, importFile };
}
