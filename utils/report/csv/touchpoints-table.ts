import { fieldsSeen, unaskedInterruptions } from '../../journey/touchpoint-counts';
import { isWeb, type Touchpoint } from '../../model/touchpoint';
import { offWebDurations } from '../../recording/off-web-touchpoint';
import { dwellMs, visibleMs } from '../../recording/touchpoint-time';
import { isoUtc, seconds, type Column } from './cell';
import { AUDIT_COLUMNS, type AuditRow } from './csv-audit';
import type { CsvTable } from './table';

export interface TouchpointRow extends AuditRow {
  touchpoint: Touchpoint;
}

/** Off the web only: the wait for a person and the person's time; a page has neither. */
function offWeb(tp: Touchpoint, now: number) {
  return isWeb(tp) ? undefined : offWebDurations(tp, now);
}

/**
 * The journey, one touchpoint a row. Channel, stage and arrival are Shopwalk's codes (as in the JSON export), so
 * files in either language filter and join alike. A contact off the web has no address and no visible time; a
 * touchpoint still open is measured up to the moment of the export, its end left empty.
 */
const COLUMNS: readonly Column<TouchpointRow>[] = [
  ...AUDIT_COLUMNS,
  { header: { en: 'No.', de: 'Nr.' }, cell: ({ touchpoint }) => touchpoint.seq + 1 },
  { header: { en: 'Touchpoint ID', de: 'Touchpoint-ID' }, cell: ({ touchpoint }) => touchpoint.id },
  { header: { en: 'Channel', de: 'Kanal' }, cell: ({ touchpoint }) => touchpoint.channel },
  { header: { en: 'Stage', de: 'Phase' }, cell: ({ touchpoint }) => touchpoint.stage },
  { header: { en: 'Stage set by', de: 'Phase gesetzt von' }, cell: ({ touchpoint }) => touchpoint.stageSource },
  { header: { en: 'Title', de: 'Titel' }, cell: ({ touchpoint }) => touchpoint.title },
  { header: { en: 'URL', de: 'URL' }, cell: ({ touchpoint }) => touchpoint.url || undefined },
  { header: { en: 'Arrival', de: 'Ankunft' }, cell: ({ touchpoint }) => touchpoint.arrival },
  { header: { en: 'Back/Forward', de: 'Zurück/Vor' }, cell: ({ touchpoint }) => touchpoint.backForward },
  { header: { en: 'Started (UTC)', de: 'Beginn (UTC)' }, cell: ({ touchpoint }) => isoUtc(touchpoint.enteredAt) },
  { header: { en: 'Answered (UTC)', de: 'Angenommen (UTC)' }, cell: ({ touchpoint }) => isoUtc(touchpoint.answeredAt) },
  { header: { en: 'Ended (UTC)', de: 'Ende (UTC)' }, cell: ({ touchpoint }) => isoUtc(touchpoint.leftAt) },
  {
    header: { en: 'Duration (s)', de: 'Dauer (s)' },
    cell: ({ touchpoint }, { now }) => seconds(dwellMs(touchpoint, now)),
  },
  {
    header: { en: 'Visible (s)', de: 'Sichtbar (s)' },
    cell: ({ touchpoint }, { now }) => (isWeb(touchpoint) ? seconds(visibleMs(touchpoint, now)) : undefined),
  },
  {
    header: { en: 'Wait (s)', de: 'Wartezeit (s)' },
    cell: ({ touchpoint }, { now }) => seconds(offWeb(touchpoint, now)?.waitMs),
  },
  {
    header: { en: 'Handling (s)', de: 'Bearbeitung (s)' },
    cell: ({ touchpoint }, { now }) => seconds(offWeb(touchpoint, now)?.handlingMs),
  },
  { header: { en: 'Clicks', de: 'Klicks' }, cell: ({ touchpoint }) => touchpoint.interaction?.clicks },
  { header: { en: 'Form fields', de: 'Formularfelder' }, cell: ({ touchpoint }) => fieldsSeen(touchpoint) },
  {
    header: { en: 'Unasked interruptions', de: 'Ungefragte Unterbrechungen' },
    cell: ({ touchpoint }) => unaskedInterruptions(touchpoint),
  },
  { header: { en: 'Note', de: 'Notiz' }, cell: ({ touchpoint }) => touchpoint.note },
];

export const touchpointsTable: CsvTable<TouchpointRow> = {
  name: 'touchpoints',
  columns: COLUMNS,
  rows: ({ audit, touchpoints }) => touchpoints.map((touchpoint) => ({ audit, touchpoint })),
};
