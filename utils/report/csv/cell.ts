import type { Locale } from '../../i18n/locale';

/**
 * One cell as a table builds it. Numbers are our own figures (counts, seconds, scores) and are written as numbers;
 * booleans as `true`/`false`, which spreadsheets read as truth values; strings are text and are neutralised against
 * formula injection on writing; undefined is an empty cell (a value that does not apply or is not known, never 0).
 */
export type Cell = string | number | boolean | undefined;

/** What every cell may depend on besides its row: the user's language, and the moment for what still runs. */
export interface CsvContext {
  locale: Locale;
  now: number;
}

/** A column: its header in every shipped language, and how a row fills it. */
export interface Column<Row> {
  header: Record<Locale, string>;
  cell: (row: Row, context: CsvContext) => Cell;
}

/** A moment as ISO 8601 in UTC with milliseconds ("2026-11-23T08:41:00.000Z"): unambiguous in every time zone. */
export function isoUtc(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : new Date(ms).toISOString();
}

/** Milliseconds as seconds, so a spreadsheet adds and averages them; exact, since ms / 1000 has three decimals. */
export function seconds(ms: number | undefined): number | undefined {
  return ms === undefined ? undefined : ms / 1000;
}
