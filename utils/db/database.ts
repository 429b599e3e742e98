import { Dexie, type EntityTable } from 'dexie';
import type { Attachment } from '../model/attachment';
import type { Audit } from '../model/audit';
import type { FindingRecord } from '../model/finding-record';
import type { Template } from '../model/scorecard';
import type { Screenshot } from '../model/screenshot';
import type { Task } from '../model/task';
import type { Touchpoint } from '../model/touchpoint';

export interface Setting {
  key: string;
  value: unknown;
}

export type ShopwalkDb = Dexie & {
  audits: EntityTable<Audit, 'id'>;
  touchpoints: EntityTable<Touchpoint, 'id'>;
  tasks: EntityTable<Task, 'id'>;
  findings: EntityTable<FindingRecord, 'id'>;
  screenshots: EntityTable<Screenshot, 'id'>;
  attachments: EntityTable<Attachment, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  templates: EntityTable<Template, 'id'>;
};

export const DB_NAME = 'shopwalk';

/**
 * The schema is a history: each `version()` is an append-only step that is never edited once released
 * (see docs/data-model.md). Indexes exist for the queries the UI and the recorder run, and for nothing else.
 */
export function openDatabase(name = DB_NAME): ShopwalkDb {
  const db = new Dexie(name) as ShopwalkDb;
  db.version(1).stores({
    // startedAt: the audit list, newest first. tabId: "which audit records this tab" (absent when unbound, so
    // finished audits are not in that index at all).
    audits: 'id, startedAt, tabId',
    // [auditId+seq]: one audit's journey in order, and its last (open) touchpoint.
    touchpoints: 'id, [auditId+seq]',
    settings: 'key',
  });
  db.version(2).stores({
    // Tasks, named pieces of a walk. [auditId+seq]: one audit's tasks in order, and its last (running) one.
    tasks: 'id, [auditId+seq]',
  });
  db.version(3).stores({
    // Findings: [auditId+createdAt] is one audit's findings in the order recorded (the evidence chain's order).
    findings: 'id, [auditId+createdAt]',
    // Screenshots: pixels apart from the findings that show them, so lists never load them. auditId: an audit's
    // screenshots, to export or delete with it.
    screenshots: 'id, auditId',
    // The files kept with contacts off the web: touchpointId lists one contact's, auditId exports or deletes an
    // audit's.
    attachments: 'id, auditId, touchpointId',
    // The user's own scorecard templates (utils/db/templates.ts); built-ins are code, never stored.
    templates: 'id',
  });
  return db;
}

let shared: ShopwalkDb | undefined;

/** The database of this extension context (service worker or extension page), opened on first use. */
export function database(): ShopwalkDb {
  shared ??= openDatabase();
  return shared;
}
