import { taskMetrics } from '../../measure/task-metrics';
import type { Task } from '../../model/task';
import { isoUtc, seconds, type Column } from './cell';
import { AUDIT_COLUMNS, type AuditRow } from './csv-audit';
import type { CsvTable } from './table';

export interface TaskRow extends AuditRow {
  task: Task;
  metrics: ReturnType<typeof taskMetrics>;
}

/**
 * The audit's tasks with their measurements (`taskMetrics`: time on task less pauses, pages, Back presses, clicks).
 * A task still running is measured up to the moment of the export; its end and outcome stay empty.
 */
const COLUMNS: readonly Column<TaskRow>[] = [
  ...AUDIT_COLUMNS,
  { header: { en: 'No.', de: 'Nr.' }, cell: ({ task }) => task.seq + 1 },
  { header: { en: 'Task ID', de: 'Aufgaben-ID' }, cell: ({ task }) => task.id },
  { header: { en: 'Task', de: 'Aufgabe' }, cell: ({ task }) => task.name },
  { header: { en: 'Started (UTC)', de: 'Beginn (UTC)' }, cell: ({ task }) => isoUtc(task.startedAt) },
  { header: { en: 'Ended (UTC)', de: 'Ende (UTC)' }, cell: ({ task }) => isoUtc(task.endedAt) },
  { header: { en: 'Outcome', de: 'Ergebnis' }, cell: ({ task }) => task.outcome },
  { header: { en: 'SEQ (1-7)', de: 'SEQ (1-7)' }, cell: ({ task }) => task.seqAnswer },
  {
    header: { en: 'Time on task (s)', de: 'Bearbeitungszeit (s)' },
    cell: ({ metrics }) => seconds(metrics.timeOnTaskMs),
  },
  { header: { en: 'Pages', de: 'Seiten' }, cell: ({ metrics }) => metrics.pages },
  { header: { en: 'Back navigations', de: 'Zurück-Navigationen' }, cell: ({ metrics }) => metrics.backNavigations },
  { header: { en: 'Clicks', de: 'Klicks' }, cell: ({ metrics }) => metrics.clicks },
  { header: { en: 'Note', de: 'Notiz' }, cell: ({ task }) => task.note },
];

export const tasksTable: CsvTable<TaskRow> = {
  name: 'tasks',
  columns: COLUMNS,
  rows: ({ audit, tasks, touchpoints }, { now }) =>
    tasks.map((task) => ({ audit, task, metrics: taskMetrics(task, touchpoints, now) })),
};
