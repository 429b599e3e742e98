import type { Audit } from '../model/audit';
import type { FindingRecord } from '../model/finding-record';
import type { Screenshot } from '../model/screenshot';
import type { Touchpoint } from '../model/touchpoint';
import type { Bytes } from './sha256';
import type { CHAINED_AUDIT_FIELDS } from './chained-fields';

/**
 * What the chain is computed over, read from the database or from a parsed export alike: records without their
 * `auditId` (an export nests them in their audit instead), screenshots with their image as a Blob or as bytes.
 * Arrays may come in any order; the chain sorts them.
 */
export interface ChainInput {
  audit: Pick<Audit, (typeof CHAINED_AUDIT_FIELDS)[number]>;
  touchpoints: readonly Omit<Touchpoint, 'auditId'>[];
  findings?: readonly Omit<FindingRecord, 'auditId'>[];
  screenshots?: readonly ChainScreenshot[];
}

export type ChainScreenshot = Omit<Screenshot, 'auditId' | 'image' | 'thumbnail'> & { image: Bytes };
