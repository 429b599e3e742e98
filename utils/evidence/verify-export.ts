import type { Audit } from '../model/audit';
import type { FindingRecord } from '../model/finding-record';
import type { Touchpoint } from '../model/touchpoint';
import type { ChainScreenshot } from './chain-input';
import type { CHAINED_AUDIT_FIELDS } from './chained-fields';
import { checkSeal, type Seal, type SealCheck } from './check-seal';

/**
 * One audit of a parsed export, as far as the chain reads it: its own fields with the seal, its records nested
 * without their `auditId`, and its screenshots' images as bytes (decoded from the file's base64 by the caller).
 */
export type ExportedEvidence = Pick<Audit, (typeof CHAINED_AUDIT_FIELDS)[number]> &
  Seal & {
    touchpoints: readonly Omit<Touchpoint, 'auditId'>[];
    findings?: readonly Omit<FindingRecord, 'auditId'>[];
    screenshots?: readonly ChainScreenshot[];
  };

/**
 * Whether an exported audit's records are those sealed when its walk ended, for import and for reports. An export
 * must carry every finding and screenshot of a sealed audit: one left out is reported as missing.
 */
export function verifyExportedAudit(exported: ExportedEvidence): Promise<SealCheck> {
  const { touchpoints, findings, screenshots } = exported;
  return checkSeal({ audit: exported, touchpoints, findings, screenshots }, exported);
}
