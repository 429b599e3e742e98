import { useState } from 'react';
import { browser } from 'wxt/browser';
import { download } from '@/components/download';
import { describeImportProblems } from '@/components/import-messages';
import { database } from '@/utils/db/database';
import { buildExport, exportFileName, serializeExport } from '@/utils/export/build-export';
import { importAudits } from '@/utils/export/import-audits';
import { MAX_FILE_BYTES } from '@/utils/export/format';
import { parseImport, tooLarge } from '@/utils/export/parse-import';
import type { Translate } from '@/utils/i18n/translate';

export interface TransferReport {
  ok: boolean;
  title: string;
  lines: string[];
}

/** Export to and import from JSON files, with a report in words for the user. */
export function useTransfer(t: Translate) {
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
      const file = await buildExport(db, auditIds, { appVersion: browser.runtime.getManifest().version, at });
      download(exportFileName(file.audits, at), serializeExport(file));
      return undefined;
    });

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
      const lines = alreadyThere.length ? [t('transfer.alreadyThere', { count: alreadyThere.length })] : [];
      return { ok: true, title: t('transfer.imported', { count: imported.length, file: file.name }), lines };
    });

  return { busy, report, exportAudits, importFile };
}
