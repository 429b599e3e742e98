import { readFileSync } from 'node:fs';
import type { ReportRecords } from '../../utils/db/report-audits';
import { sampleAudit } from '../../utils/export/sample-audits';
import type { FindingRecord } from '../../utils/model/finding-record';
import type { Screenshot } from '../../utils/model/screenshot';
import type { Touchpoint } from '../../utils/model/touchpoint';
import { STAGES } from '../../utils/model/vocabulary';
import { census, interaction } from '../../utils/rules/support/test-touchpoint';
import { criteriaForStage } from '../../utils/scoring/criteria-for-stage';
import { guestPurchase } from '../../utils/scoring/templates/guest-purchase';

/**
 * A real capture of the test shop's product page (1280 × 800, WebP at the extension's encode quality), so that
 * report sizes are those of real screenshots, not of a few placeholder bytes.
 */
export const SCREENSHOT_BYTES = readFileSync(new URL('../fixtures/product-page.webp', import.meta.url));
/** Its list-sized copy, 320 pixels wide, as the extension makes one. */
const THUMBNAIL_BYTES = readFileSync(new URL('../fixtures/product-page-thumbnail.webp', import.meta.url));

const STEP_MS = 20_000;
/** Stages in journey order, the web part of a walk that browses a while before it checks out. */
const WALKED = STAGES.filter((stage) => stage !== 'other');

function journey(auditId: string, startedAt: number, count: number, variant: number): Touchpoint[] {
  return Array.from({ length: count }, (_, seq) => {
    const stage = WALKED[Math.floor((seq * WALKED.length) / count)]!;
    const enteredAt = startedAt + seq * STEP_MS;
    const criteria = criteriaForStage(guestPurchase, stage);
    return {
      id: `${auditId}-tp${seq}`,
      auditId,
      seq,
      channel: 'web',
      url: `https://shop-${variant}.example/step/${seq}`,
      origin: `https://shop-${variant}.example`,
      title: `Step ${seq} – ${stage}`,
      arrival: 'load',
      backForward: false,
      stage,
      enteredAt,
      leftAt: enteredAt + STEP_MS - variant * 500,
      visibleMs: STEP_MS - 1_000,
      note: '',
      interaction: interaction({ clicks: (seq + variant) % 7 }),
      forms: census([], { fields: stage.startsWith('checkout-') ? 4 + variant : 0 }),
      ratings: Object.fromEntries(criteria.map((c, i) => [c.id, (((seq + i + variant) % 5) + 1) as 1 | 2 | 3 | 4 | 5])),
    } as Touchpoint;
  });
}

function findings(auditId: string, touchpoints: readonly Touchpoint[], screenshots: number): FindingRecord[] {
  return touchpoints
    .filter((_, i) => i % 4 === 1)
    .map((tp, i) => ({
      id: `${auditId}-f${i}`,
      auditId,
      touchpointId: tp.id,
      source: 'rule',
      ruleId: 'slow-page',
      key: `${auditId}-k${i}`,
      severity: ((i % 4) + 1) as 1 | 2 | 3 | 4,
      evidence: { values: { loadMs: 4_000 + i } },
      note: '',
      verdict: 'confirmed',
      ...(i < screenshots ? { screenshotId: `${auditId}-s${i}` } : {}),
      createdAt: tp.enteredAt + 1_000,
    }));
}

function screenshotsOf(found: readonly FindingRecord[]): Screenshot[] {
  return found.flatMap((f) =>
    f.screenshotId
      ? [
          {
            id: f.screenshotId,
            auditId: f.auditId,
            ...(f.touchpointId ? { touchpointId: f.touchpointId } : {}),
            takenAt: f.createdAt,
            type: 'image/webp' as const,
            width: 1280,
            height: 800,
            image: new Blob([SCREENSHOT_BYTES], { type: 'image/webp' }),
            thumbnail: new Blob([THUMBNAIL_BYTES], { type: 'image/webp' }),
          },
        ]
      : [],
  );
}

/**
 * `audits` audits of one scenario, each of a shop of its own, `touchpoints` pages long through every stage, with
 * rated pages, clicks, checkout fields and a confirmed finding on every fourth page, the first `screenshots` of
 * them with a screenshot.
 */
export function largeAudits(audits: number, touchpoints: number, screenshots: number): ReportRecords[] {
  return Array.from({ length: audits }, (_, variant) => {
    const audit = sampleAudit({ id: `audit${variant}`, shopName: `Shop ${variant + 1}` });
    const tps = journey(audit.id, audit.startedAt, touchpoints, variant);
    const found = findings(audit.id, tps, screenshots);
    return {
      audit,
      touchpoints: tps,
      tasks: [],
      findings: found,
      screenshots: screenshotsOf(found),
      attachments: [],
      template: guestPurchase,
    };
  });
}
