import { localDay } from '../../format/date-time';
import type { CsvContext } from './cell';
import type { CsvAudit } from './csv-audit';
import { findingsTable } from './findings-table';
import { scoresTable } from './scores-table';
import { tableCsv, type CsvTable } from './table';
import { tasksTable } from './tasks-table';
import { touchpointsTable } from './touchpoints-table';

export interface CsvFile {
  fileName: string;
  text: string;
}

/** A table with its row type put away: the list below holds tables of different rows. */
interface CsvFileMaker {
  name: string;
  text: (audits: readonly CsvAudit[], context: CsvContext) => string;
}

function fileMaker<Row>(table: CsvTable<Row>): CsvFileMaker {
  return { name: table.name, text: (audits, context) => tableCsv(table, audits, context) };
}

/** The CSV tables, in the order their files are offered. */
const TABLES: readonly CsvFileMaker[] = [
  fileMaker(touchpointsTable),
  fileMaker(findingsTable),
  fileMaker(tasksTable),
  fileMaker(scoresTable),
];

/**
 * One CSV file per table for the given audits (every table, also an empty one, so a set of files always has the
 * same parts), named `shopwalk-<table>-<day>.csv` after the day of `now`, which also measures what still runs.
 */
export function auditCsvFiles(audits: readonly CsvAudit[], context: CsvContext): CsvFile[] {
  const day = localDay(context.now);
  return TABLES.map((table) => ({
    fileName: `shopwalk-${table.name}-${day}.csv`,
    text: table.text(audits, context),
  }));
}
