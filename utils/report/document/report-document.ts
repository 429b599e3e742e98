import { checkoutFieldTotal } from '../../journey/checkout-fields';
import { alignByStage, type AlignedAudit } from '../align-by-stage';
import { compareBeforeAfter, type BeforeAfter } from '../before-after';
import { compareAudits, type Comparison } from '../compare-audits';
import type { ReportAudit } from '../report-audit';
import type { RowKey } from '../row-key';
import { rowWinner, type RowWinner } from '../row-winner';
import { summarizeAudits, type ScenarioStatistics } from '../summary-statistics';
import { auditLabels } from './audit-labels';
import { biggestGaps, type Gap } from './biggest-gaps';
import { dimensionScores, type DimensionScore } from './dimension-scores';
import { journeyTimeline, type JourneyTimeline } from './journey-timeline';
import { REFERENCE_FIGURES, type ReferenceFigures } from './reference-figures';
import { reportFindings, type ReportFinding } from './report-findings';
import { worstVitals, type WorstVitals } from './worst-vitals';

/** One audit as a report introduces it, with what the report shows of it alone. */
export interface DocumentAudit {
  id: string;
  /** The shop's name, made unique among the report's audits (auditLabels). */
  label: string;
  shopName: string;
  scenario: string;
  auditorName: string;
  startedAt: number;
  topFindings: ReportFinding[];
  timeline: JourneyTimeline;
  /** The whole checkout's form fields; absent when no checkout step was measured. */
  checkoutFields?: number;
  vitals: WorstVitals;
  dimensions: DimensionScore[];
}

/** Who did best in each row and over the whole journey (rowWinner). */
export interface Winners {
  rows: Partial<Record<RowKey, RowWinner>>;
  total: RowWinner;
}

/** Two audits of one shop, the earlier as before. */
export interface DocumentBeforeAfter {
  beforeId: string;
  afterId: string;
  changes: BeforeAfter;
}

/** Statistics over the audits of one scenario, when there are enough of them to speak of a median. */
export interface ScenarioGroup {
  scenario: string;
  auditIds: string[];
  statistics: ScenarioStatistics;
}

/** Everything a report shows, as plain data: HTML, Markdown and the dashboard render this, and compute nothing. */
export interface ReportDocument {
  /** When the report was made; also the end of what was still running. */
  madeAt: number;
  /** The baseline first, then the others in the order given. */
  audits: DocumentAudit[];
  comparison: Comparison;
  winners: Winners;
  /** The other audits' largest differences to the baseline (biggestGaps). */
  gaps: Gap[];
  beforeAfter?: DocumentBeforeAfter;
  scenarios: ScenarioGroup[];
  references: ReferenceFigures;
}

/** Statistics are worth a row of their own from three audits of a scenario on: with two, median is their mean. */
export const MIN_SCENARIO_AUDITS = 3;

function baselineFirst(audits: readonly ReportAudit[], baselineId: string | undefined): ReportAudit[] {
  if (audits.length === 0) throw new Error('A report needs at least one audit; none was given.');
  if (baselineId === undefined) return [...audits];
  const baseline = audits.find((a) => a.audit.id === baselineId);
  if (!baseline) throw new Error(`The baseline ${baselineId} is not one of the audits of the report.`);
  return [baseline, ...audits.filter((a) => a !== baseline)];
}

function documentAudit(report: ReportAudit, label: string, now: number): DocumentAudit {
  const { audit, touchpoints, findings, template } = report;
  const checkoutFields = checkoutFieldTotal(touchpoints);
  return {
    id: audit.id,
    label,
    shopName: audit.shopName,
    scenario: audit.scenario,
    auditorName: audit.auditorName,
    startedAt: audit.startedAt,
    topFindings: reportFindings(touchpoints, findings),
    timeline: journeyTimeline(audit.startedAt, touchpoints, findings, now),
    ...(checkoutFields === undefined ? {} : { checkoutFields }),
    vitals: worstVitals(touchpoints),
    dimensions: dimensionScores(template, touchpoints),
  };
}

/** Before/after only for exactly two audits with the same shop name (trimmed, any case), the earlier first. */
function beforeAfterOf(audits: readonly ReportAudit[], aligned: readonly AlignedAudit[]) {
  const [a, b] = audits;
  const same = (x: ReportAudit, y: ReportAudit) =>
    x.audit.shopName.trim().toLocaleLowerCase() === y.audit.shopName.trim().toLocaleLowerCase();
  if (audits.length !== 2 || !a || !b || !same(a, b)) return undefined;
  const [before, after] = a.audit.startedAt <= b.audit.startedAt ? [0, 1] : [1, 0];
  return {
    beforeId: audits[before]!.audit.id,
    afterId: audits[after]!.audit.id,
    changes: compareBeforeAfter(aligned[before]!, aligned[after]!),
  };
}

function scenarioGroups(audits: readonly ReportAudit[], aligned: readonly AlignedAudit[]): ScenarioGroup[] {
  const groups = new Map<string, number[]>();
  audits.forEach((a, i) => groups.set(a.audit.scenario, [...(groups.get(a.audit.scenario) ?? []), i]));
  return [...groups]
    .filter(([, members]) => members.length >= MIN_SCENARIO_AUDITS)
    .map(([scenario, members]) => ({
      scenario,
      auditIds: members.map((i) => audits[i]!.audit.id),
      statistics: summarizeAudits(members.map((i) => aligned[i]!)),
    }));
}

/**
 * A report of one or more audits: the baseline (`baselineId`, else the first) against the others, row by row, with
 * each row's winner; each audit's top findings, timeline, checkout fields, worst vitals and dimension scores; a
 * before/after when the two audits are of one shop; statistics per scenario walked three times or more; and the
 * published figures to compare with. `now` ends what still runs. Throws when there is no audit or the baseline is
 * not among them: a report of nothing, or against nothing, would mislead.
 */
export function reportDocument(
  audits: readonly ReportAudit[],
  { baselineId, now }: { baselineId?: string; now: number },
): ReportDocument {
  const ordered = baselineFirst(audits, baselineId);
  const aligned = ordered.map((a) => alignByStage(a, now));
  const comparison = compareAudits(aligned[0]!, aligned.slice(1));
  const labels = auditLabels(ordered.map((a) => a.audit));
  const beforeAfter = beforeAfterOf(ordered, aligned);
  return {
    madeAt: now,
    audits: ordered.map((a, i) => documentAudit(a, labels[i]!, now)),
    comparison,
    winners: {
      rows: Object.fromEntries(comparison.rows.map((r) => [r.row, rowWinner(r.cells)])),
      total: rowWinner(comparison.total),
    },
    gaps: biggestGaps(comparison),
    ...(beforeAfter ? { beforeAfter } : {}),
    scenarios: scenarioGroups(ordered, aligned),
    references: REFERENCE_FIGURES,
  };
}
