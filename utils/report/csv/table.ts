import type { Column, CsvContext } from './cell';
import type { CsvAudit } from './csv-audit';
import { writeCsv } from './write-csv';

/** One CSV file's table: its name (in the file name), its columns, and the rows an audit gives it. */
export interface CsvTable<Row> {
  name: string;
  columns: readonly Column<Row>[];
  rows: (audit: CsvAudit, context: CsvContext) => Row[];
}

/** The header row in the user's language. */
export function headerRow<Row>(table: CsvTable<Row>, context: CsvContext): string[] {
  return table.columns.map((column) => column.header[context.locale]);
}

/** The table's cells for the given audits, one audit after another, each in its records' order. */
export function bodyRows<Row>(table: CsvTable<Row>, audits: readonly CsvAudit[], context: CsvContext) {
  return audits.flatMap((audit) =>
    table.rows(audit, context).map((row) => table.columns.map((c) => c.cell(row, context))),
  );
}

/** The table as the text of a CSV file. */
export function tableCsv<Row>(table: CsvTable<Row>, audits: readonly CsvAudit[], context: CsvContext): string {
  return writeCsv(headerRow(table, context), bodyRows(table, audits, context));
}
