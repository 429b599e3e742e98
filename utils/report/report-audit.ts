import type { Audit } from '../model/audit';
import type { FindingRecord } from '../model/finding-record';
import type { Template } from '../model/scorecard';
import type { Touchpoint } from '../model/touchpoint';

/**
 * What a report reads of one audit: who walked which shop, its journey, all its findings (proposed and dismissed
 * ones too: the report counts only confirmed ones, so callers need not filter) and the scorecard its touchpoints
 * were rated on, which the scores need.
 */
export interface ReportAudit {
  audit: Pick<Audit, 'id' | 'shopName' | 'scenario' | 'auditorName' | 'startedAt'>;
  touchpoints: readonly Touchpoint[];
  findings: readonly FindingRecord[];
  template: Template;
}
