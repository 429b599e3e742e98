import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { exportedScreenshot } from '../utils/export/binary-records';
import { exportedAudit, exportFile, serializeExport } from '../utils/export/build-export';
import { parseImport } from '../utils/export/parse-import';
import { largeAudits } from './support/large-audits';

/** The archive of a busy agency: 1,000 audits of 40 touchpoints, 10 findings each, 2 of them with a screenshot. */
const SCALE = { audits: 1_000, touchpoints: 40, screenshotsPerAudit: 2 };
/** Audits per file: the whole archive is larger than one import file may be (MAX_FILE_BYTES). */
const AUDITS_PER_FILE = 250;

// Writes the archive as export files for bench/run.mjs, which imports them into the extension in Chromium and times
// what the dashboard does with them. Each file is checked the way the extension will read it, so that no figure is
// ever of a refused import.
it('writes the storage benchmark archive as export files', async () => {
  const dir = process.env.BENCH_STORAGE_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const records = largeAudits(SCALE.audits, SCALE.touchpoints, SCALE.screenshotsPerAudit);
  for (let from = 0; from < records.length; from += AUDITS_PER_FILE) {
    const part = records.slice(from, from + AUDITS_PER_FILE);
    const exported = await Promise.all(
      part.map(async (r) =>
        exportedAudit(r.audit, r.touchpoints, {
          findings: r.findings,
          screenshots: await Promise.all(r.screenshots.map(exportedScreenshot)),
        }),
      ),
    );
    const text = serializeExport(exportFile(exported, { appVersion: 'bench', at: Date.UTC(2026, 11, 1) }));
    const parsed = parseImport(text);
    if (!parsed.ok) throw new Error(`The benchmark archive would be refused: ${JSON.stringify(parsed.error)}`);
    writeFileSync(join(dir, `archive-${from / AUDITS_PER_FILE + 1}.json`), text);
  }
  writeFileSync(join(dir, 'scale.json'), JSON.stringify(SCALE));
});
