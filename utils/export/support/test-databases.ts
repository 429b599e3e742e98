import { afterEach } from 'vitest';
import { openDatabase, type ShopwalkDb } from '../../db/database';
import type { ExportFile } from '../format';
import { serializeExport } from '../build-export';
import { parseImport } from '../parse-import';

const opened: ShopwalkDb[] = [];

/** A database of its own for one test (fake-indexeddb), deleted after the test. */
export function freshDb(): ShopwalkDb {
  const db = openDatabase(crypto.randomUUID());
  opened.push(db);
  return db;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** What a user's file goes through: written by one browser, read back as text in another. */
export function throughFile(file: ExportFile): ExportFile {
  const parsed = parseImport(serializeExport(file));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

/** Every record of a database, each table in id order, blobs as their type and bytes, to compare two databases. */
export async function everything(of: ShopwalkDb) {
  return {
    audits: await of.audits.orderBy('id').toArray(),
    touchpoints: await of.touchpoints.orderBy('id').toArray(),
    tasks: await of.tasks.orderBy('id').toArray(),
    findings: await of.findings.orderBy('id').toArray(),
    // Blobs compare by their bytes and type, not by identity.
    screenshots: await Promise.all(
      (await of.screenshots.orderBy('id').toArray()).map(async ({ image, thumbnail, ...rest }) => ({
        ...rest,
        image: [image.type, [...new Uint8Array(await image.arrayBuffer())]],
        thumbnail: [thumbnail.type, [...new Uint8Array(await thumbnail.arrayBuffer())]],
      })),
    ),
    attachments: await Promise.all(
      (await of.attachments.orderBy('id').toArray()).map(async ({ data, ...rest }) => ({
        ...rest,
        data: [data.type, [...new Uint8Array(await data.arrayBuffer())]],
      })),
    ),
  };
}
