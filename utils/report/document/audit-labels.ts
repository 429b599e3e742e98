import { localDay } from '../../format/date-time';
import type { ReportAudit } from '../report-audit';

/**
 * A name for each audit that tells it from the others in tables and legends: the shop's name; the day of the walk
 * added where a shop was walked more than once; a number added where it was walked twice that day.
 */
export function auditLabels(audits: readonly Pick<ReportAudit['audit'], 'shopName' | 'startedAt'>[]): string[] {
  const count = (labels: readonly string[], label: string) => labels.filter((l) => l === label).length;
  const names = audits.map((a) => a.shopName);
  const dated = audits.map((a, i) =>
    count(names, a.shopName) > 1 ? `${a.shopName} (${localDay(a.startedAt)})` : names[i]!,
  );
  const seen = new Map<string, number>();
  return dated.map((label) => {
    if (count(dated, label) === 1) return label;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return `${label} #${n}`;
  });
}
