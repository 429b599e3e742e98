import type { ReportRecords } from '../../db/report-audits';
import type { FindingRecord } from '../../model/finding-record';
import { templateSchema, type Template } from '../../model/scorecard';
import type { Stage } from '../../model/stage';
import type { Touchpoint } from '../../model/touchpoint';
import { MAX_LABEL } from '../../measure/describe-element';
import { MAX_EVIDENCE_TEXT } from '../../model/finding';
import { census, field, group } from '../../rules/support/test-touchpoint';
import { exportedAudit } from '../build-export';
import type { ExportedAudit } from '../format';

// Audits that carry the injection corpus in every text an export writes: the shop's, the auditor's and the
// scenario's names, the audit's notes, page titles, addresses, field labels, notes, task names, the auditor's
// findings (note, element, page text) and the name and texts of a scorecard of the auditor's own.

/** A touchpoint a step, five steps: a finding on each of them is a top finding of the report. */
export const CORPUS_STAGES: readonly Stage[] = ['entry', 'product', 'cart', 'checkout-address', 'confirmation'];
const STEP_MS = 10_000;

/**
 * The ways a page's address carries a payload: as the whole address (where a link must never be made of it), and
 * in the path, the query and the fragment of an http address (where it is a link, and must stay one).
 */
export const CORPUS_URLS: readonly ((payload: string) => string)[] = [
  (payload) => payload,
  (payload) => `https://shop.example/p/${payload}`,
  (payload) => `https://shop.example/search?q=${payload}`,
  (payload) => `https://shop.example/kasse#${payload}`,
  (payload) => `http://shop.example/${payload}?ref=${payload}#${payload}`,
];

/** The auditor's own scorecard named by the payload, as saveTemplate stores it (its schema trims the name). */
function corpusTemplate(id: string, payload: string): Template {
  return templateSchema.parse({
    id: `corpus-${id}`,
    name: payload,
    description: payload,
    dimensions: ['effort'],
    criteria: [{ id: 'effort', dimension: 'effort', text: payload, guidance: payload, weight: 1, scale: 5 }],
    version: 1,
  });
}

function step(auditId: string, startedAt: number, seq: number, payload: string): Touchpoint {
  const enteredAt = startedAt + seq * STEP_MS;
  const url = CORPUS_URLS[seq % CORPUS_URLS.length]!(payload);
  const label = field({ name: payload.slice(0, MAX_LABEL), selector: `#field-${seq}` });
  return {
    id: `${auditId}-tp${seq}`,
    auditId,
    seq,
    channel: 'web',
    url,
    origin: 'https://shop.example',
    title: payload,
    arrival: seq === 0 ? 'start' : 'load',
    backForward: false,
    enteredAt,
    leftAt: enteredAt + STEP_MS,
    visibleMs: STEP_MS,
    note: payload,
    stage: CORPUS_STAGES[seq % CORPUS_STAGES.length]!,
    stageSource: 'auditor',
    forms: census([group([label])]),
    ratings: { effort: 3 },
  };
}

/** The auditor's finding on a step, confirmed: a top finding, its note, element and page text the payload. */
function finding(tp: Touchpoint, payload: string): FindingRecord {
  const text = payload.slice(0, MAX_EVIDENCE_TEXT);
  return {
    id: `${tp.id}-finding`,
    auditId: tp.auditId,
    touchpointId: tp.id,
    source: 'auditor',
    ruleId: 'manual',
    key: '',
    category: 'trust',
    severity: 3,
    evidence: { selector: payload, text, values: { label: text } },
    element: { selector: payload, role: 'button', name: text },
    note: payload,
    verdict: 'confirmed',
    createdAt: tp.enteredAt + 1_000,
  };
}

/**
 * A finished audit whose every text is one of `payloads` (the first where there is one text, step i's the i-th,
 * round the list), rated on its own scorecard; five steps, each with a confirmed finding, and one task a step.
 */
export function corpusRecords(id: string, payloads: readonly string[], startedAt: number): ReportRecords {
  const at = (i: number) => payloads[i % payloads.length]!;
  const template = corpusTemplate(id, at(0));
  const touchpoints = CORPUS_STAGES.map((_, seq) => step(id, startedAt, seq, at(seq)));
  const finishedAt = startedAt + touchpoints.length * STEP_MS;
  return {
    audit: {
      id,
      shopName: at(0),
      startUrl: 'https://shop.example/',
      origin: 'https://shop.example',
      scenario: at(1),
      auditorName: at(2),
      status: 'finished',
      device: { viewportWidth: 1280, viewportHeight: 800, userAgent: at(3), mobile: false },
      startedAt,
      finishedAt,
      updatedAt: finishedAt,
      notes: payloads.join('\n'),
      templateId: template.id,
    },
    touchpoints,
    tasks: touchpoints.map((tp, seq) => ({
      id: `${tp.id}-task`,
      auditId: id,
      seq,
      name: tp.title,
      startedAt: tp.enteredAt,
      endedAt: tp.leftAt,
      outcome: 'success',
      seqAnswer: 5,
      note: tp.note,
    })),
    findings: touchpoints.map((tp) => finding(tp, tp.title)),
    screenshots: [],
    attachments: [],
    template,
  };
}

/**
 * Audits of the payloads, one for each of them: the i-th starts at the i-th payload and goes round the list, so
 * that every payload is every text once (a shop's name, a scenario, each step's title, address, note and finding),
 * a day after the other.
 */
export function corpusAudits(payloads: readonly string[], startedAt: number): ReportRecords[] {
  return payloads.map((_, i) =>
    corpusRecords(`corpus-${i}`, [...payloads.slice(i), ...payloads.slice(0, i)], startedAt + i * 86_400_000),
  );
}

/** The corpus in groups of `size`: reports and files small enough to read when one fails. */
export function corpusChunks(corpus: readonly string[], size: number): string[][] {
  return Array.from({ length: Math.ceil(corpus.length / size) }, (_, i) => corpus.slice(i * size, (i + 1) * size));
}

/** The records as the JSON export writes them, their scorecard with them. */
export function corpusExported({ audit, touchpoints, tasks, findings, template }: ReportRecords): ExportedAudit {
  return exportedAudit(audit, touchpoints, { tasks, findings, template });
}
