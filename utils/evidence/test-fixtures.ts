import type { ShopwalkDb } from '../db/database';
import { sampleAudit, sampleJourney, SAMPLE_STEP_MS } from '../export/sample-audits';
import type { Audit } from '../model/audit';
import type { FindingRecord } from '../model/finding-record';
import type { Screenshot } from '../model/screenshot';
import type { Touchpoint } from '../model/touchpoint';

/** An audit's records with something of every kind the chain links, as the database holds them. */
export interface Evidence {
  audit: Audit;
  touchpoints: Touchpoint[];
  findings: FindingRecord[];
  screenshots: Screenshot[];
}

/** Bytes that stand for a compressed capture: the chain reads them, never decodes them. */
export const IMAGE_BYTES = new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 5, 6, 7, 8]);

/**
 * The sample walk of "Regenwald Outdoor" with measurements on the product page, a rule's proposal on it, and on
 * the cart a finding the auditor flagged with its screenshot (taken in the same millisecond as the finding).
 */
export function sampleEvidence(overrides: Partial<Audit> = {}): Evidence {
  const audit = sampleAudit(overrides);
  const touchpoints = sampleJourney(audit).map((tp) =>
    tp.seq === 2
      ? {
          ...tp,
          stage: 'product' as const,
          stageSource: 'guess' as const,
          timing: { ttfbMs: 210.5, lcpMs: 3_140, lcpElement: 'img.hero', cls: 0.02 },
        }
      : tp,
  );
  const product = touchpoints[2]!;
  const cart = touchpoints[3]!;
  const flaggedAt = cart.enteredAt + 12_000;
  const screenshots: Screenshot[] = [
    {
      id: 'shot-cart',
      auditId: audit.id,
      touchpointId: cart.id,
      takenAt: flaggedAt,
      type: 'image/webp',
      width: 1440,
      height: 900,
      image: new Blob([IMAGE_BYTES], { type: 'image/webp' }),
      thumbnail: new Blob([IMAGE_BYTES.subarray(0, 4)], { type: 'image/webp' }),
    },
  ];
  const findings: FindingRecord[] = [
    {
      id: 'finding-slow',
      auditId: audit.id,
      touchpointId: product.id,
      source: 'rule',
      ruleId: 'slow-page',
      key: `slow-page ${product.id} lcp`,
      severity: 2,
      evidence: { selector: 'img.hero', values: { lcpMs: 3_140, thresholdMs: 2_500 } },
      note: '',
      verdict: 'proposed',
      createdAt: product.enteredAt + SAMPLE_STEP_MS / 2,
    },
    {
      id: 'finding-cost',
      auditId: audit.id,
      touchpointId: cart.id,
      source: 'auditor',
      ruleId: 'manual',
      key: '',
      category: 'trust',
      severity: 3,
      evidence: { text: 'Versand 6,95 €', values: {} },
      element: { selector: '#shipping-cost', role: 'row', name: 'Versand' },
      note: 'Versandkosten erst hier.',
      verdict: 'confirmed',
      screenshotId: 'shot-cart',
      createdAt: flaggedAt,
    },
  ];
  return { audit, touchpoints, findings, screenshots };
}

/** Stores an audit's records, as the recorder and the findings would have. */
export async function storeEvidence(db: ShopwalkDb, evidence: Evidence): Promise<void> {
  await db.transaction('rw', [db.audits, db.touchpoints, db.findings, db.screenshots], async () => {
    await db.audits.add(evidence.audit);
    await db.touchpoints.bulkAdd(evidence.touchpoints);
    await db.findings.bulkAdd(evidence.findings);
    await db.screenshots.bulkAdd(evidence.screenshots);
  });
}
