import { expect, type Page } from '@playwright/test';
import type {
  ExportedAudit,
  ExportedFinding,
  ExportedScreenshot,
  ExportedTouchpoint,
  ExportFile,
} from '../../utils/export/format';
import type { Stage } from '../../utils/model/stage';
import { census, interaction } from '../../utils/rules/support/test-touchpoint';
import type { Extension } from './fixtures';

/**
 * Four finished audits with known figures, for the comparison and the list's filters: the own shop (Alpha Outdoor)
 * before and after a relaunch, a rival (Bravo Sports) on the same scenario, and the rival on another scenario later.
 * Times are noon UTC, so that their calendar day is the same in every time zone a test machine runs in.
 */
export const AUDITS = {
  alphaBefore: { id: 'alpha-before', shop: 'Alpha Outdoor', day: '2026-11-10' },
  bravo: { id: 'bravo', shop: 'Bravo Sports', day: '2026-11-12' },
  alphaAfter: { id: 'alpha-after', shop: 'Alpha Outdoor', day: '2026-11-20' },
  bravoReturns: { id: 'bravo-returns', shop: 'Bravo Sports', day: '2026-12-01' },
} as const;

export const SCENARIO = 'Guest checkout';

interface Step {
  stage: Stage;
  seconds: number;
  clicks?: number;
  fields?: number;
}

const noon = (day: string) => Date.parse(`${day}T12:00:00Z`);

function journey(auditId: string, startedAt: number, steps: readonly Step[]): ExportedTouchpoint[] {
  let at = startedAt;
  return steps.map((step, seq) => {
    const enteredAt = at;
    at += step.seconds * 1000;
    return {
      id: `${auditId}-${seq}`,
      seq,
      channel: 'web',
      url: `https://shop.example/${step.stage}`,
      origin: 'https://shop.example',
      title: `${step.stage} page`,
      arrival: seq === 0 ? 'start' : 'load',
      backForward: false,
      enteredAt,
      leftAt: at,
      visibleMs: step.seconds * 1000,
      note: '',
      stage: step.stage,
      stageSource: 'auditor',
      ...(step.clicks === undefined ? {} : { interaction: interaction({ clicks: step.clicks }) }),
      ...(step.fields === undefined ? {} : { forms: census([], { fields: step.fields }) }),
    };
  });
}

function audit(
  id: string,
  shopName: string,
  scenario: string,
  day: string,
  steps: readonly Step[],
  findings: ExportedFinding[] = [],
  screenshots: ExportedScreenshot[] = [],
): ExportedAudit {
  const startedAt = noon(day);
  const touchpoints = journey(id, startedAt, steps);
  const finishedAt = touchpoints.at(-1)!.leftAt!;
  return {
    id,
    shopName,
    startUrl: 'https://shop.example/',
    origin: 'https://shop.example',
    scenario,
    auditorName: shopName.startsWith('Alpha') ? 'Ada' : 'Ben',
    status: 'finished',
    device: { viewportWidth: 1280, viewportHeight: 800, userAgent: 'e2e', mobile: false },
    startedAt,
    finishedAt,
    updatedAt: finishedAt,
    notes: '',
    touchpoints,
    tasks: [],
    findings,
    screenshots,
    attachments: [],
  };
}

function finding(
  id: string,
  touchpointId: string,
  severity: 0 | 1 | 2 | 3 | 4,
  more: Partial<ExportedFinding> = {},
): ExportedFinding {
  return {
    id,
    touchpointId,
    source: 'auditor',
    ruleId: 'manual',
    key: '',
    severity,
    evidence: { values: {} },
    note: '',
    verdict: 'confirmed',
    createdAt: noon('2026-11-01'),
    ...more,
  };
}

/**
 * The export file. `jpegBase64` is a small JPEG for the screenshot of Bravo's finding (made by the browser's
 * canvas, so that the test needs no image file).
 *
 * The truth, Alpha (before) as baseline against Bravo:
 * - entry: Alpha 10 s, 2 clicks; Bravo 5 s ★, 2 clicks (both ★): Bravo wins on time (no scores, no findings).
 * - product: Bravo only (8 s); Alpha "— not visited"; no winner.
 * - cart: 20 s each; Bravo has a minor finding (6 points, score 94) Alpha has none: Alpha wins on finding points.
 * - checkout address: Alpha 12 fields with a major finding (12 points), Bravo 8 fields ★ (−4 fields): Bravo wins.
 * - confirmation: Alpha only.
 * Alpha after the relaunch: entry 8 s, 1 click; cart 15 s but 6 clicks (worse); address 9 fields, no finding; no
 * confirmation (a step gone).
 */
export function comparedAuditsFile(jpegBase64: string): ExportFile {
  const alpha = AUDITS.alphaBefore.id;
  const bravo = AUDITS.bravo.id;
  return {
    formatVersion: 1,
    app: { name: 'Shopwalk', version: '0.1.0' },
    exportedAt: noon('2026-12-02'),
    audits: [
      audit(
        alpha,
        AUDITS.alphaBefore.shop,
        SCENARIO,
        AUDITS.alphaBefore.day,
        [
          { stage: 'entry', seconds: 10, clicks: 2 },
          { stage: 'cart', seconds: 20, clicks: 5 },
          { stage: 'checkout-address', seconds: 30, fields: 12 },
          { stage: 'confirmation', seconds: 5 },
        ],
        [
          finding('alpha-account', `${alpha}-2`, 3, {
            source: 'rule',
            ruleId: 'forced-account',
            key: 'forced-account alpha',
          }),
          // A proposal nobody confirmed: it counts nowhere.
          finding('alpha-proposal', `${alpha}-0`, 4, { verdict: 'proposed' }),
        ],
      ),
      audit(
        bravo,
        AUDITS.bravo.shop,
        SCENARIO,
        AUDITS.bravo.day,
        [
          { stage: 'entry', seconds: 5, clicks: 2 },
          { stage: 'product', seconds: 8 },
          { stage: 'cart', seconds: 20, clicks: 3 },
          { stage: 'checkout-address', seconds: 40, fields: 8 },
        ],
        [
          finding('bravo-shipping', `${bravo}-2`, 2, {
            category: 'trust',
            note: 'Shipping costs only on hover',
            screenshotId: 'bravo-shot',
          }),
        ],
        [
          {
            id: 'bravo-shot',
            touchpointId: `${bravo}-2`,
            takenAt: noon(AUDITS.bravo.day) + 30_000,
            type: 'image/jpeg',
            width: 40,
            height: 30,
            image: jpegBase64,
            thumbnail: jpegBase64,
          },
        ],
      ),
      audit(AUDITS.alphaAfter.id, AUDITS.alphaAfter.shop, SCENARIO, AUDITS.alphaAfter.day, [
        { stage: 'entry', seconds: 8, clicks: 1 },
        { stage: 'cart', seconds: 15, clicks: 6 },
        { stage: 'checkout-address', seconds: 25, fields: 9 },
      ]),
      audit(AUDITS.bravoReturns.id, AUDITS.bravoReturns.shop, 'Return an item', AUDITS.bravoReturns.day, [
        { stage: 'service', seconds: 60 },
      ]),
    ],
  };
}

/** Opens the dashboard and imports `comparedAuditsFile` through its Import button, as a user would. */
export async function dashboardWithComparedAudits(ext: Extension): Promise<Page> {
  const dashboard = await ext.context.newPage();
  await dashboard.goto(ext.page('dashboard.html'));
  const jpeg = await dashboard.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 40;
    canvas.height = 30;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#f59e0b';
    g.fillRect(0, 0, 40, 30);
    g.fillStyle = '#b91c1c';
    g.fillRect(10, 8, 20, 14);
    return canvas.toDataURL('image/jpeg').split(',')[1]!;
  });
  await dashboard.getByTestId('import-file').setInputFiles({
    name: 'compared-audits.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(comparedAuditsFile(jpeg))),
  });
  await expect(dashboard.getByTestId('import-report')).toContainText('Imported 4 audits');
  await expect(dashboard.getByTestId('audit-row')).toHaveCount(4);
  return dashboard;
}
