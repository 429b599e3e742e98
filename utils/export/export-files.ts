import type { ShopwalkDb } from '../db/database';
import { exportedAuditOf, exportFile, exportFileName, readExportRecords, type ExportOptions } from './build-export';
import { MAX_AUDITS_PER_FILE, MAX_FILE_BYTES, type ExportedAudit } from './format';

/** A file to download: its name and its bytes. */
export interface ExportedFileBlob {
  fileName: string;
  blob: Blob;
}

/** Where an audit's text sits in the file: an item of the `audits` array, two levels in (`serializeExport`'s form). */
const INDENT = '    ';
const OPEN = `[\n${INDENT}`;
const BETWEEN = `,\n${INDENT}`;
const CLOSE = '\n  ]\n}\n';

/** One audit's text as it stands in an export file; the files are these joined, never one string of them all. */
export function auditText(audit: ExportedAudit): string {
  // JSON text has no raw line breaks inside its strings, so every break is one between values, to be indented.
  return JSON.stringify(audit, null, 2).replaceAll('\n', `\n${INDENT}`);
}

/** The file's text before its first audit: `serializeExport`'s form of a file whose `audits` are yet to come. */
export function fileHead(options: ExportOptions): string {
  const empty = JSON.stringify(exportFile([], options), null, 2);
  return empty.slice(0, -'[]\n}'.length);
}

/**
 * The audits (by their sizes in bytes, in order) packed into files of at most `limit` bytes and `maxAudits` audits,
 * each a run of whole audits in the order given; an audit larger than a file on its own gets a file of its own.
 * `frame` is what a file takes besides its audits.
 */
export function packIntoFiles(
  sizes: readonly number[],
  limit: number,
  frame: number,
  maxAudits = MAX_AUDITS_PER_FILE,
): number[][] {
  const files: number[][] = [];
  let bytes = Infinity;
  sizes.forEach((size, i) => {
    const current = files.at(-1);
    if (current && current.length < maxAudits && bytes + BETWEEN.length + size <= limit) {
      current.push(i);
      bytes += BETWEEN.length + size;
    } else {
      files.push([i]);
      bytes = frame + size;
    }
  });
  return files;
}

/** `shopwalk-1000-audits-2026-12-04.json` as the second of three: `shopwalk-1000-audits-2026-12-04-part-2-of-3.json`. */
export function partFileName(fileName: string, index: number, count: number): string {
  return count === 1 ? fileName : fileName.replace(/\.json$/, `-part-${index + 1}-of-${count}.json`);
}

/**
 * The export of the given audits (in the order given, see `readExportRecords`) as files to download, each at most
 * `limit` bytes so that each can be imported again (MAX_FILE_BYTES). Written audit by audit into Blobs: an archive
 * of a thousand audits with screenshots is some 150 MB of text, which as one string (and its copy in a Blob) would
 * hold the page's memory twice over, and its screenshots would all be encoded at once.
 */
export async function exportFiles(
  db: ShopwalkDb,
  auditIds: readonly string[],
  options: ExportOptions,
  limit = MAX_FILE_BYTES,
): Promise<ExportedFileBlob[]> {
  const read = await readExportRecords(db, auditIds);
  const texts: Blob[] = [];
  // One audit at a time: only its pixels are in memory as text, until its Blob holds them.
  for (const records of read) texts.push(new Blob([auditText(await exportedAuditOf(records))]));
  const head = fileHead(options);
  const frame = new Blob([head, OPEN, CLOSE]).size;
  const files = packIntoFiles(
    texts.map((text) => text.size),
    limit,
    frame,
  );
  const name = exportFileName(
    read.map((r) => r.audit),
    options.at,
  );
  return files.map((indexes, i) => ({
    fileName: partFileName(name, i, files.length),
    blob: new Blob([head, OPEN, ...indexes.flatMap((k, n) => (n ? [BETWEEN, texts[k]!] : [texts[k]!])), CLOSE], {
      type: 'application/json',
    }),
  }));
}
