import type { FindingCategory, FindingRecord } from '../../model/finding-record';
import type { RuleSource, RuleText } from '../../model/finding';
import type { Channel, Touchpoint } from '../../model/touchpoint';
import { ruleById } from '../../rules/registry';
import { rowOf, type RowKey } from '../row-key';
import { topFindings } from '../top-findings';

/** Where a finding was made: its touchpoint as the report names it. */
export interface FindingPlace {
  touchpointId: string;
  /** Position in the journey, from 1. */
  no: number;
  title: string;
  url: string;
  channel: Channel;
  row: RowKey;
}

/** A top finding as a report shows it: what, where, how bad, on whose word, with its screenshot's id. */
export interface ReportFinding {
  id: string;
  ruleId: string;
  /** A rule's finding: the rule's title and source; the auditor's own (`manual`) has neither. */
  rule?: { title: RuleText; source: RuleSource };
  /** Who raised it: a rule, or the auditor. */
  raisedBy: FindingRecord['source'];
  category?: FindingCategory;
  severity: number;
  note: string;
  /** Page text the finding points at (a label, an error message). */
  evidenceText?: string;
  place?: FindingPlace;
  screenshotId?: string;
}

function placeOf(tp: Touchpoint): FindingPlace {
  return { touchpointId: tp.id, no: tp.seq + 1, title: tp.title, url: tp.url, channel: tp.channel, row: rowOf(tp) };
}

/** An audit's top findings (topFindings: confirmed, most severe first) with what a reader needs to follow each up. */
export function reportFindings(
  touchpoints: readonly Touchpoint[],
  findings: readonly FindingRecord[],
): ReportFinding[] {
  const byId = new Map(touchpoints.map((tp) => [tp.id, tp]));
  return topFindings(findings).map((f) => {
    const rule = ruleById(f.ruleId);
    const tp = f.touchpointId === undefined ? undefined : byId.get(f.touchpointId);
    return {
      id: f.id,
      ruleId: f.ruleId,
      ...(rule ? { rule: { title: rule.title, source: rule.source } } : {}),
      raisedBy: f.source,
      ...(f.category ? { category: f.category } : {}),
      severity: f.severity,
      note: f.note,
      ...(f.evidence.text ? { evidenceText: f.evidence.text } : {}),
      ...(tp ? { place: placeOf(tp) } : {}),
      ...(f.screenshotId ? { screenshotId: f.screenshotId } : {}),
    };
  });
}
