import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { alignByStage } from '../utils/report/align-by-stage';
import { compareAudits } from '../utils/report/compare-audits';
import { reportDocument } from '../utils/report/document/report-document';
import { htmlReportFile } from '../utils/report/html/html-report-file';
import { markdownReportFile } from '../utils/report/markdown/markdown-report';
import { rowWinner } from '../utils/report/row-winner';
import { largeAudits, SCREENSHOT_BYTES } from './support/large-audits';

const REPEATS = Number(process.env.BENCH_REPEATS ?? 20);
const NOW = Date.UTC(2026, 11, 1);

/** Median milliseconds of `repeats` runs of `work`, after two runs that warm the JIT up. */
async function medianMs(work: () => unknown, repeats = REPEATS): Promise<number> {
  for (let i = 0; i < 2; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 100) / 100;
}

function compareAll(audits: ReturnType<typeof largeAudits>) {
  const [baseline, ...others] = audits.map((a) => alignByStage(a, NOW));
  const comparison = compareAudits(baseline!, others);
  return comparison.rows.map((row) => rowWinner(row.cells));
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

it('measures building comparisons and report files', async () => {
  // Every finding with a screenshot; the report embeds those of each audit's five top findings: 50.
  const ten = largeAudits(10, 40, 10);
  const options = { baselineId: 'audit0', locale: 'en' as const, now: NOW };
  const html = await htmlReportFile(ten, options);
  const markdown = markdownReportFile(ten, options);
  const figures = {
    comparison: {
      what: '10 audits × 40 touchpoints (every stage, rated, clicks, fields, 10 confirmed findings each)',
      alignAndCompareMs: await medianMs(() => compareAll(ten)),
      reportDocumentMs: await medianMs(() => reportDocument(ten, { baselineId: 'audit0', now: NOW })),
      htmlFileMs: await medianMs(() => htmlReportFile(ten, options)),
      markdownFileMs: await medianMs(() => markdownReportFile(ten, options)),
    },
    files: {
      what: `the same 10 audits; the HTML embeds the top findings' 50 screenshots (a real ${kb(SCREENSHOT_BYTES.length)} KB WebP capture each)`,
      htmlKB: kb(Buffer.byteLength(html.text)),
      htmlWithoutScreenshotsKB: kb(
        Buffer.byteLength(html.text.replace(/data:image\/webp;base64,[A-Za-z0-9+/=]+/g, '')),
      ),
      embeddedScreenshots: html.text.match(/data:image\/webp;base64,/g)?.length ?? 0,
      markdownKB: kb(Buffer.byteLength(markdown.text)),
    },
  };
  const out = process.env.BENCH_REPORT_OUT;
  if (out) writeFileSync(out, JSON.stringify(figures, null, 2) + '\n');
  else console.log(figures); // `npm run bench:reports` alone: figures to read, no file
});
