import type { ShopwalkDb } from '../db/database';
import type { Audit } from '../model/audit';
import type { FindingRecord } from '../model/finding-record';
import { findingKey } from '../findings/reconcile-findings';
import { newId } from '../model/id';
import type { Task } from '../model/task';
import type { Arrival, Touchpoint } from '../model/touchpoint';
import { exportedAudit, exportFile } from './build-export';
import type { ExportFile } from './format';

// Realistic records for tests, end-to-end tests and the demo. `.example` domains are reserved (RFC 2606): they can
// never reach a real shop.

/** 23 Nov 2026, 09:41 in Berlin. */
export const SAMPLE_STARTED_AT = Date.UTC(2026, 10, 23, 8, 41);
/** Each sample page is left this long after it was entered. */
export const SAMPLE_STEP_MS = 40_000;

export interface SamplePage {
  /** Relative to the audit's start URL, or absolute for another site (a payment provider). */
  url: string;
  title: string;
  arrival: Arrival;
}

export const SAMPLE_PAGES: readonly SamplePage[] = [
  { url: '/', title: 'Regenwald Outdoor – Ausrüstung für draußen', arrival: 'start' },
  { url: '/jacken/regenjacken', title: 'Regenjacken | Regenwald Outdoor', arrival: 'load' },
  { url: '/p/sturmfront-regenjacke?groesse=m', title: 'Sturmfront Regenjacke', arrival: 'load' },
  { url: '/warenkorb', title: 'Warenkorb', arrival: 'form-submit' },
  { url: '/kasse#adresse', title: 'Kasse – Adresse', arrival: 'load' },
  { url: 'https://pay.example/checkout/4711', title: 'Zahlung', arrival: 'form-submit' },
];

/** A finished walk of "Regenwald Outdoor" through `SAMPLE_PAGES`; an active one has no `finishedAt`. */
export function sampleAudit(overrides: Partial<Audit> = {}): Audit {
  const startedAt = overrides.startedAt ?? SAMPLE_STARTED_AT;
  const end = startedAt + SAMPLE_PAGES.length * SAMPLE_STEP_MS;
  const audit: Audit = {
    id: newId(),
    shopName: 'Regenwald Outdoor',
    startUrl: 'https://regenwald-outdoor.example/',
    origin: 'https://regenwald-outdoor.example',
    scenario: 'Regenjacke in Größe M als Gast kaufen',
    auditorName: 'Jana Weber',
    status: 'finished',
    device: { viewportWidth: 1440, viewportHeight: 900, userAgent: 'Mozilla/5.0 (X11; Linux x86_64)', mobile: false },
    startedAt,
    finishedAt: end,
    updatedAt: end,
    notes: 'Gastbestellung erst nach dem Scrollen sichtbar.',
    ...overrides,
  };
  if (audit.status !== 'finished') delete audit.finishedAt;
  return audit;
}

/** The audit's journey through `pages`, one step each `SAMPLE_STEP_MS`; an active audit's last step is still open. */
export function sampleJourney(audit: Audit, pages: readonly SamplePage[] = SAMPLE_PAGES): Touchpoint[] {
  return pages.map((page, seq) => {
    const url = new URL(page.url, audit.startUrl);
    const enteredAt = audit.startedAt + seq * SAMPLE_STEP_MS;
    const open = audit.status === 'active' && seq === pages.length - 1;
    return {
      id: newId(),
      auditId: audit.id,
      seq,
      channel: 'web',
      url: url.href,
      origin: url.origin,
      title: page.title,
      arrival: page.arrival,
      backForward: false,
      enteredAt,
      ...(open
        ? { visibleMs: 0, visibleSince: enteredAt }
        : { leftAt: enteredAt + SAMPLE_STEP_MS, visibleMs: SAMPLE_STEP_MS - 1_500 }),
      note: seq === 3 ? 'Versandkosten erst im Warenkorb genannt.' : '',
    };
  });
}

/**
 * The audit's two tasks over `SAMPLE_PAGES`: finding the jacket (home page to product page, a success, SEQ 6) and
 * checking out as a guest (cart to payment, a success the auditor found hard, SEQ 3). An active audit's second
 * task is still running.
 */
export function sampleTasks(audit: Audit): Task[] {
  const at = (page: number, seconds: number) => audit.startedAt + page * SAMPLE_STEP_MS + seconds * 1000;
  const running = audit.status === 'active';
  return [
    {
      id: newId(),
      auditId: audit.id,
      seq: 0,
      name: 'Regenjacke in Größe M finden',
      startedAt: at(0, 5),
      endedAt: at(2, 20),
      outcome: 'success',
      seqAnswer: 6,
    },
    {
      id: newId(),
      auditId: audit.id,
      seq: 1,
      name: 'Als Gast zur Kasse gehen',
      startedAt: at(3, 2),
      ...(running ? {} : { endedAt: at(5, 30), outcome: 'success', seqAnswer: 3 }),
      note: 'Gastbestellung erst nach dem Scrollen gefunden.',
    },
  ];
}

/**
 * Three findings on the sample journey: a rule's proposal the auditor confirmed (no help on the cart), one they
 * dismissed (a dead click on the home page), and one they flagged themselves on the address step.
 */
export function sampleFindings(audit: Audit, journey: readonly Touchpoint[]): FindingRecord[] {
  const on = (seq: number) => journey[Math.min(seq, journey.length - 1)]!;
  const decided = (seq: number) => on(seq).enteredAt + 10_000;
  const dismissedEvidence = { selector: '.hero img', text: 'Herbstkollektion', values: { deadClicks: 1 } };
  return [
    {
      id: newId(),
      auditId: audit.id,
      touchpointId: on(3).id,
      source: 'rule',
      ruleId: 'no-help',
      key: findingKey({ ruleId: 'no-help', touchpointId: on(3).id, severity: 2, evidence: { values: {} } }),
      severity: 2,
      evidence: { values: { stage: 'cart' } },
      note: '',
      verdict: 'confirmed',
      createdAt: on(3).enteredAt + 1_000,
      decidedAt: decided(3),
    },
    {
      id: newId(),
      auditId: audit.id,
      touchpointId: on(0).id,
      source: 'rule',
      ruleId: 'dead-click',
      key: findingKey({ ruleId: 'dead-click', touchpointId: on(0).id, severity: 2, evidence: dismissedEvidence }),
      severity: 2,
      evidence: dismissedEvidence,
      note: 'Ein Bild, das nicht wie ein Link aussieht.',
      verdict: 'dismissed',
      createdAt: on(0).enteredAt + 5_000,
      decidedAt: decided(0),
    },
    {
      id: newId(),
      auditId: audit.id,
      touchpointId: on(4).id,
      source: 'auditor',
      ruleId: 'manual',
      key: '',
      category: 'trust',
      severity: 3,
      evidence: { selector: '#versand', text: 'Versandkosten', values: {} },
      element: { selector: '#versand', role: 'link', name: 'Versandkosten' },
      note: 'Versandkosten nur als Link, erst im letzten Schritt beziffert.',
      verdict: 'confirmed',
      createdAt: on(4).enteredAt + 8_000,
    },
  ];
}

/** Stores a sample audit with its journey, tasks and findings, and returns them. */
export async function addSampleAudit(
  db: ShopwalkDb,
  overrides: Partial<Audit> = {},
): Promise<{ audit: Audit; touchpoints: Touchpoint[]; tasks: Task[]; findings: FindingRecord[] }> {
  const audit = sampleAudit(overrides);
  const touchpoints = sampleJourney(audit);
  const tasks = sampleTasks(audit);
  const findings = sampleFindings(audit, touchpoints);
  await db.transaction('rw', db.audits, db.touchpoints, db.tasks, db.findings, async () => {
    await db.audits.add(audit);
    await db.touchpoints.bulkAdd(touchpoints);
    await db.tasks.bulkAdd(tasks);
    await db.findings.bulkAdd(findings);
  });
  return { audit, touchpoints, tasks, findings };
}

/** An export file of the given audits with their sample journeys, tasks and findings, as `buildExport` makes it. */
export function sampleExportFile(audits: readonly Audit[] = [sampleAudit()]): ExportFile {
  const exported = audits.map((audit) => {
    const journey = sampleJourney(audit);
    return exportedAudit(audit, journey, { tasks: sampleTasks(audit), findings: sampleFindings(audit, journey) });
  });
  return exportFile(exported, { appVersion: '0.1.0', at: SAMPLE_STARTED_AT + 86_400_000 });
}
