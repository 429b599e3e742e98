import type { Touchpoint } from '../../model/touchpoint';
import type { Score, StageKey } from '../../scoring/score';
import { scoreJourney } from '../../scoring/journey-scores';
import type { Column } from './cell';
import { AUDIT_COLUMNS, type AuditRow, type CsvAudit } from './csv-audit';
import type { CsvTable } from './table';

/** What a score is of: the whole audit, one stage of its journey, or one touchpoint. */
export type ScoreScope = 'audit' | 'stage' | 'touchpoint';

export interface ScoreRow extends AuditRow {
  scope: ScoreScope;
  score: Score;
  stage?: StageKey;
  touchpoint?: Touchpoint;
  template: CsvAudit['template'];
}

/** One decimal: the dashboard shows whole points, and more digits than one would only suggest false precision. */
function rounded(value: number | undefined): number | undefined {
  return value === undefined ? undefined : Math.round(value * 10) / 10;
}

/** Points the confirmed findings took off this score (repeats of one problem deduct nothing). */
function deductions(score: Score): number {
  return rounded(score.penalties.reduce((sum, p) => sum + p.penalty, 0)) ?? 0;
}

/**
 * Every score of every audit by the one formula of docs/scoring.md (`scoreJourney`): the audit first, then its
 * stages in journey order, then its touchpoints in journey order. A score with nothing to score is an empty cell,
 * never a zero. The scorecard's id and version say which card the ratings were made on.
 */
const COLUMNS: readonly Column<ScoreRow>[] = [
  ...AUDIT_COLUMNS,
  { header: { en: 'Scope', de: 'Bereich' }, cell: ({ scope }) => scope },
  { header: { en: 'Stage', de: 'Phase' }, cell: ({ stage, touchpoint }) => stage ?? touchpoint?.stage },
  {
    header: { en: 'Touchpoint no.', de: 'Touchpoint-Nr.' },
    cell: ({ touchpoint }) => touchpoint && touchpoint.seq + 1,
  },
  { header: { en: 'Touchpoint', de: 'Touchpoint' }, cell: ({ touchpoint }) => touchpoint?.title },
  { header: { en: 'Score (0-100)', de: 'Punkte (0-100)' }, cell: ({ score }) => rounded(score.value) },
  { header: { en: 'Deductions', de: 'Abzüge' }, cell: ({ score }) => deductions(score) },
  { header: { en: 'Scorecard', de: 'Bewertungsbogen' }, cell: ({ template }) => template.id },
  { header: { en: 'Scorecard version', de: 'Version des Bewertungsbogens' }, cell: ({ template }) => template.version },
];

function scoreRows({ audit, touchpoints, findings, template }: CsvAudit): ScoreRow[] {
  const scores = scoreJourney(template, touchpoints, findings);
  const base = { audit, template };
  return [
    { ...base, scope: 'audit', score: scores.audit },
    ...scores.stages.map(({ stage, score }): ScoreRow => ({ ...base, scope: 'stage', stage, score })),
    ...touchpoints.flatMap((touchpoint): ScoreRow[] => {
      const score = scores.touchpoints.get(touchpoint.id);
      return score ? [{ ...base, scope: 'touchpoint', touchpoint, score }] : [];
    }),
  ];
}

export const scoresTable: CsvTable<ScoreRow> = { name: 'scores', columns: COLUMNS, rows: scoreRows };
