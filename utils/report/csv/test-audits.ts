import Papa from 'papaparse';
import { sampleAudit, sampleFindings, sampleJourney, sampleTasks, SAMPLE_STEP_MS } from '../../export/sample-audits';
import { emptyInteraction } from '../../measure/empty-interaction';
import type { Audit } from '../../model/audit';
import type { Stage } from '../../model/stage';
import type { Touchpoint } from '../../model/touchpoint';
import { guestPurchase } from '../../scoring/templates/guest-purchase';
import type { Cell, CsvContext } from './cell';
import type { CsvAudit } from './csv-audit';
import { neutraliseFormula } from './neutralise-formula';
import { bodyRows, headerRow, type CsvTable } from './table';

// Audits for the CSV tests: the sample walk of utils/export with stages, a rating, a hotline call, and text that
// tries every trick a page or an auditor could play on a spreadsheet.

export const HOSTILE_TITLE = '=HYPERLINK("http://evil")';
export const HOSTILE_NOTE = '@SUM(1)';
export const TRICKY_NOTE = 'Größe "M", leider\nnicht lieferbar; Grüße, Jürgen';

const STAGES: readonly Stage[] = ['entry', 'browse', 'product', 'cart', 'checkout-address', 'checkout-payment'];

/** A hotline call after the walk: 90 s in the queue, 210 s with a person. */
function hotlineCall(audit: Audit, seq: number): Touchpoint {
  const enteredAt = audit.startedAt + seq * SAMPLE_STEP_MS + 60_000;
  return {
    id: `${audit.id}-hotline`,
    auditId: audit.id,
    seq,
    channel: 'hotline',
    url: '',
    origin: '',
    title: 'Hotline: Frage zur Rücksendung',
    arrival: 'entered',
    backForward: false,
    enteredAt,
    answeredAt: enteredAt + 90_000,
    leftAt: enteredAt + 300_000,
    visibleMs: 0,
    note: '',
    stage: 'service',
    stageSource: 'auditor',
  };
}

/**
 * The sample walk of `shopName`, its pages staged, the product page rated 4 of 5 on its facts
 * and clicked 7 times, a hotline call. */
export function csvAudit(id: string, shopName: string): CsvAudit {
  const audit = sampleAudit({ id, shopName });
  const pages = sampleJourney(audit).map((tp, i) => ({ ...tp, stage: STAGES[i], stageSource: 'guess' as const }));
  pages[1] = { ...pages[1]!, title: HOSTILE_TITLE, note: HOSTILE_NOTE };
  pages[2] = { ...pages[2]!, ratings: { 'product-facts': 4 }, interaction: { ...emptyInteraction(), clicks: 7 } };
  const touchpoints = [...pages, hotlineCall(audit, pages.length)];
  const findings = sampleFindings(audit, touchpoints).map((f) =>
    f.source === 'auditor' ? { ...f, note: TRICKY_NOTE } : f,
  );
  return { audit, touchpoints, tasks: sampleTasks(audit), findings, template: guestPurchase };
}

/** A CSV file read back as a spreadsheet would: BOM off, records ended by CRLF, every cell a string. */
export function parseCsv(text: string): string[][] {
  if (!text.startsWith('\uFEFF')) throw new Error('no byte order mark');
  if (!text.endsWith('\r\n')) throw new Error('the last record has no line end');
  const parsed = Papa.parse<string[]>(text.slice(1, -2), { newline: '\r\n' });
  if (parsed.errors.length) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return parsed.data;
}

/** 28 Nov 2026, noon UTC: the same day in every time zone from UTC-11 to UTC+11. */
export const EXPORTED_AT = Date.UTC(2026, 10, 28, 12);
export const EN: CsvContext = { locale: 'en', now: EXPORTED_AT };
export const DE: CsvContext = { locale: 'de', now: EXPORTED_AT };

function asRead(cell: Cell): string {
  if (cell === undefined) return '';
  return typeof cell === 'string' ? neutraliseFormula(cell) : String(cell);
}

/** The table as a parser should read it back: the header, then every cell as text, formulas neutralised. */
export function expectedCsv<Row>(table: CsvTable<Row>, audits: readonly CsvAudit[], context: CsvContext) {
  return [headerRow(table, context), ...bodyRows(table, audits, context).map((row) => row.map(asRead))];
}

/** The rows of a parsed table as records by header, for assertions that name their columns. */
export function byHeader(rows: readonly string[][]): Record<string, string>[] {
  const [header = [], ...body] = rows;
  return body.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}
