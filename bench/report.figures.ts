import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { alignByStage } from '../utils/report/align-by-stage';
import { compareAudits } from '../utils/report/compare-audits';
import { rowWinner } from '../utils/report/row-winner';
import { largeAudits } from './support/large-audits';

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

it('measures building comparisons and report files', async () => {
  const ten = largeAudits(10, 40, 5);
  const figures = {
    comparison: {
      what: '10 audits × 40 touchpoints (every stage, rated, clicks, fields, 10 confirmed findings each)',
      alignAndCompareMs: await medianMs(() => compareAll(ten)),
    },
  };
  const out = process.env.BENCH_REPORT_OUT;
  if (out) writeFileSync(out, JSON.stringify(figures, null, 2) + '\n');
  else console.log(figures); // `npm run bench:reports` alone: figures to read, no file
});
