import type { FindingRecord } from '../../model/finding-record';
import type { Stage } from '../../model/stage';
import type { Touchpoint } from '../../model/touchpoint';
import { finding } from '../../scoring/support/test-findings';
import type { ReportAudit } from '../report-audit';
import { page, reportAudit, T0 } from './test-audit';

/** One step of a walk: a page of a stage (undefined: none), how long it took, and what else it has. */
export type Step = [stage: Stage | undefined, ms: number, more?: Partial<Touchpoint>];

/**
 * An audit whose pages follow each other from `startedAt` (unlike `reportAudit`'s pages, which all start at T0), so
 * that timelines have a shape. Page ids are `${id}-${index}`; `shopName` and `scenario` as given.
 */
export function walk(
  id: string,
  steps: readonly Step[],
  {
    shopName = `Shop ${id}`,
    scenario = 'Guest checkout',
    startedAt = T0,
    findings = [],
  }: { shopName?: string; scenario?: string; startedAt?: number; findings?: FindingRecord[] } = {},
): ReportAudit {
  let at = startedAt;
  const touchpoints = steps.map(([stage, ms, more = {}], i) => {
    const tp = page(`${id}-${i}`, stage, ms, { url: `https://${id}.example/${i}`, ...more });
    const placed = { ...tp, enteredAt: at, leftAt: at + ms };
    at += ms;
    return placed;
  });
  const audit = reportAudit(id, touchpoints, findings);
  return { ...audit, audit: { ...audit.audit, shopName, scenario, startedAt } };
}

/** A confirmed finding on the `index`th page (from 0) of walk `id`. */
export function findingOn(id: string, index: number, more: Partial<FindingRecord> = {}): FindingRecord {
  return finding({ touchpointId: `${id}-${index}`, createdAt: T0 + 1, ...more });
}

/**
 * Two walks of one shop, the later given first: the entry got faster (9 s → 4 s), the cart slower (2 s → 3 s), and a
 * product page is new.
 */
export function laterAndEarlier(): ReportAudit[] {
  const earlier = walk(
    'b',
    [
      ['entry', 9_000],
      ['cart', 2_000],
    ],
    { shopName: 'Same' },
  );
  const later = walk(
    'a',
    [
      ['entry', 4_000],
      ['cart', 3_000],
      ['product', 1_000],
    ],
    { shopName: 'Same', startedAt: T0 + 1_000 },
  );
  return [later, earlier];
}
