import type { ShopwalkDb } from '../db/database';
import { auditTables, recordsOf, type AuditRecords } from '../db/audit-records';
import { localDay } from '../format/date-time';
import type { Audit } from '../model/audit';
import type { FindingRecord } from '../model/finding-record';
import type { Template } from '../model/scorecard';
import { isBuiltInTemplate } from '../scoring/templates/registry';
import type { Task } from '../model/task';
import type { Touchpoint } from '../model/touchpoint';
import {
  CURRENT_FORMAT_VERSION,
  type ExportedAttachment,
  type ExportedAudit,
  type ExportedScreenshot,
  type ExportFile,
} from './format';
import { exportedAttachment, exportedScreenshot } from './binary-records';

export interface ExportOptions {
  /** The extension's version, from its manifest. */
  appVersion: string;
  /** When the export is made, in epoch milliseconds. */
  at: number;
}

/** What an audit holds besides its journey; absent parts are empty. */
export interface AuditParts {
  tasks?: readonly Task[];
  findings?: readonly FindingRecord[];
  /** Already in their exported form (base64), which takes reading the Blobs: see `binary-records.ts`. */
  screenshots?: readonly ExportedScreenshot[];
  attachments?: readonly ExportedAttachment[];
  /** The user-made scorecard of the audit; absent for a built-in one. */
  template?: Template;
}

/** An audit as exported: without its tab, its records nested without their audit id. */
export function exportedAudit(
  audit: Audit,
  touchpoints: readonly Touchpoint[],
  { tasks = [], findings = [], screenshots = [], attachments = [], template }: AuditParts = {},
): ExportedAudit {
  const { tabId: _tabId, ...stored } = audit;
  return {
    ...stored,
    touchpoints: touchpoints.map(({ auditId: _auditId, ...touchpoint }) => touchpoint),
    tasks: tasks.map(({ auditId: _auditId, ...task }) => task),
    findings: findings.map(({ auditId: _auditId, ...finding }) => finding),
    screenshots: [...screenshots],
    attachments: [...attachments],
    ...(template ? { template } : {}),
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

/** The user-made scorecard an audit is rated on, if it is one and still here; built-ins travel by their id. */
async function userTemplateOf(db: ShopwalkDb, audit: Audit): Promise<Template | undefined> {
  if (audit.templateId === undefined || isBuiltInTemplate(audit.templateId)) return undefined;
  return db.templates.get(audit.templateId);
}

/** An audit's records as `readExportRecords` reads them: its user-made scorecard instead of the built-in one. */
export type ExportRecords = AuditRecords & { template: Template | undefined };

/**
 * The records of the given audits, in the order given, each with its touchpoints in journey order, its tasks in the
 * order started, its findings and screenshots in the order recorded and taken, its files in the order added. Read
 * in one transaction so that an audit being recorded meanwhile is exported as one consistent moment; the Blobs are
 * encoded after it (`exportedAuditOf`), as reading a Blob is no database work and would end the transaction. An id
 * named twice is read once; an audit deleted since it was selected is left out.
 */
export function readExportRecords(db: ShopwalkDb, auditIds: readonly string[]): Promise<ExportRecords[]> {
  return db.transaction('r', [...auditTables(db), db.templates], async () => {
    const found = await db.audits.bulkGet([...new Set(auditIds)]);
    const audits = found.filter((audit): audit is Audit => audit !== undefined);
    return Promise.all(
      audits.map(async (audit) => ({ ...(await recordsOf(db, audit)), template: await userTemplateOf(db, audit) })),
    );
  });
}

/** An audit as exported, its screenshots and files read from their Blobs and encoded. */
export async function exportedAuditOf({ audit, touchpoints, screenshots, attachments, ...parts }: ExportRecords) {
  return exportedAudit(audit, touchpoints, {
    ...parts,
    screenshots: await Promise.all(screenshots.map(exportedScreenshot)),
    attachments: await Promise.all(attachments.map(exportedAttachment)),
  });
}

/** The export of the given audits as one file object (see `readExportRecords`); `exportFiles` writes large ones. */
export async function buildExport(
  db: ShopwalkDb,
  auditIds: readonly string[],
  options: ExportOptions,
): Promise<ExportFile> {
  const read = await readExportRecords(db, auditIds);
  return exportFile(await Promise.all(read.map(exportedAuditOf)), options);
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

/** `shopwalk-regenwald-outdoor-2026-11-23.json` for one audit, `shopwalk-3-audits-2026-11-23.json` for several. */
export function exportFileName(audits: readonly Pick<Audit, 'shopName'>[], at: number): string {
  const [only] = audits;
  const what = audits.length === 1 && only ? slug(only.shopName) : `${audits.length}-audits`;
  return `shopwalk-${what}-${localDay(at)}.json`;
}
