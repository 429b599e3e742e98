import type { ShopwalkDb } from '../db/database';
import { touchpointsOf } from '../db/journey';
import { tasksOf } from '../db/tasks';
import type { Audit } from '../model/audit';
import type { Task } from '../model/task';
import type { Touchpoint } from '../model/touchpoint';
import { CURRENT_FORMAT_VERSION, type ExportedAudit, type ExportFile } from './format';

export interface ExportOptions {
  /** The extension's version, from its manifest. */
  appVersion: string;
  /** When the export is made, in epoch milliseconds. */
  at: number;
}

/** An audit as exported: without its tab, its touchpoints and tasks nested without their audit id. */
export function exportedAudit(
  audit: Audit,
  touchpoints: readonly Touchpoint[],
  tasks: readonly Task[] = [],
): ExportedAudit {
  const { tabId: _tabId, ...stored } = audit;
  return {
    ...stored,
    touchpoints: touchpoints.map(({ auditId: _auditId, ...touchpoint }) => touchpoint),
    tasks: tasks.map(({ auditId: _auditId, ...task }) => task),
  };
}

export function exportFile(audits: ExportedAudit[], options: ExportOptions): ExportFile {
  return {
    formatVersion: CURRENT_FORMAT_VERSION,
    app: { name: 'Shopwalk', version: options.appVersion },
    exportedAt: options.at,
    audits,
  };
}

/**
 * The export of the given audits, in the order given, each with its touchpoints in journey order and its tasks in
 * the order started. Read in one transaction so that an audit being recorded meanwhile is exported as one
 * consistent moment. An id named twice is exported once; an audit deleted since it was selected is left out.
 */
export function buildExport(db: ShopwalkDb, auditIds: readonly string[], options: ExportOptions): Promise<ExportFile> {
  return db.transaction('r', db.audits, db.touchpoints, db.tasks, async () => {
    const found = await db.audits.bulkGet([...new Set(auditIds)]);
    const audits = found.filter((audit): audit is Audit => audit !== undefined);
    const exported = await Promise.all(
      audits.map(async (audit) => exportedAudit(audit, await touchpointsOf(db, audit.id), await tasksOf(db, audit.id))),
    );
    return exportFile(exported, options);
  });
}

/** The file's text: indented, so that a reader can open it in an editor and a diff shows what changed. */
export function serializeExport(file: ExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

const GERMAN_LETTERS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** ASCII letters, digits and hyphens only: safe in a file name on every system, and readable. */
function slug(text: string): string {
  const ascii = text
    .normalize('NFC') // so that a decomposed "a" + U+0308 is an "ä" for the German table
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => GERMAN_LETTERS[letter] ?? '')
    .normalize('NFKD') // other accents: "é" becomes "e" + a combining mark, removed below
    .replace(/[\u0300-\u036f]/g, '');
  const hyphenated = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return shortened(hyphenated) || 'audit';
}

const MAX_SLUG = 40;

/** At most `MAX_SLUG` characters, cut after a whole word where there is one. */
function shortened(slug: string): string {
  if (slug.length <= MAX_SLUG) return slug;
  return slug
    .slice(0, MAX_SLUG + 1)
    .replace(/-[^-]*$/, '')
    .slice(0, MAX_SLUG);
}

/** The user's calendar day, as their file manager shows the file's date. */
function localDate(at: number): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `shopwalk-regenwald-outdoor-2026-11-23.json` for one audit, `shopwalk-3-audits-2026-11-23.json` for several. */
export function exportFileName(audits: readonly Pick<Audit, 'shopName'>[], at: number): string {
  const [only] = audits;
  const what = audits.length === 1 && only ? slug(only.shopName) : `${audits.length}-audits`;
  return `shopwalk-${what}-${localDate(at)}.json`;
}
