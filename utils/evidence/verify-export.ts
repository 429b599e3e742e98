import type { ExportedAudit } from '../export/format';
import { base64ToBytes } from '../export/binary-records';
import { checkSeal, type SealCheck } from './check-seal';

/**
 * Whether one audit of a parsed export file (`parseImport`) holds the records sealed when its walk ended: for the
 * import, and for reports made from a file. The screenshots' base64 pixels are decoded and hashed like the stored
 * Blobs, so the same chain comes out of the file as out of the database. An export that left out a finding or a
 * screenshot of a sealed audit is reported as missing it.
 */
export function verifyExportedAudit(exported: ExportedAudit): Promise<SealCheck> {
  const { touchpoints, findings } = exported;
  const screenshots = exported.screenshots.map(({ image, thumbnail: _, ...shot }) => ({
    ...shot,
    image: base64ToBytes(image),
  }));
  return checkSeal({ audit: exported, touchpoints, findings, screenshots }, exported);
}
