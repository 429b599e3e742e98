import Papa from 'papaparse';
import type { Cell } from './cell';
import { neutraliseFormula } from './neutralise-formula';

/** Excel reads a CSV file as the system's code page (Windows-1252 in Western Europe) unless a BOM says UTF-8. */
const UTF8_BOM = '\uFEFF';

function written(cell: Cell): Cell {
  return typeof cell === 'string' ? neutraliseFormula(cell) : cell;
}

/**
 * A CSV file's text (RFC 4180): a UTF-8 byte order mark, a header row, one record a row, each ended by CRLF, commas
 * between cells. Every text cell is quoted, as OWASP advises with the quote prefix (a text cell stays one cell
 * whatever it contains); numbers are left bare, with a decimal point, so spreadsheets compute with them.
 */
export function writeCsv(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const body = Papa.unparse(
    { fields: [...headers], data: rows.map((row) => row.map(written)) },
    { newline: '\r\n', quotes: (value: unknown) => typeof value === 'string' },
  );
  // papaparse ends the header with CRLF when no row follows and the last row without; end every record alike.
  return `${UTF8_BOM}${body.replace(/\r\n$/, '')}\r\n`;
}
