import { formatDuration, formatDurationDifference } from '@/utils/format/duration';
import type { Locale } from '@/utils/i18n/locale';
import type { MessageKey } from '@/utils/i18n/messages/en';
import type { Translate } from '@/utils/i18n/translate';
import type { Severity } from '@/utils/model/finding';
import { STAGES } from '@/utils/model/vocabulary';
import type { ChangedRow } from '@/utils/report/before-after';
import type { Stage } from '@/utils/model/stage';
import type { OffWebChannel } from '@/utils/model/touchpoint';
import type { Metric, SeverityCounts } from '@/utils/report/metrics';

/** A row of a report by name: its stage, its channel off the web, or the pages without a stage. */
export function rowName(t: Translate, row: ChangedRow): string {
  if (row === 'total') return t('compare.journey');
  if (row === 'unassigned') return t('score.stageUnassigned');
  return (STAGES as readonly string[]).includes(row)
    ? t(`stage.${row as Stage}`)
    : t(`channel.${row as OffWebChannel}`);
}

/** A metric's value as the tables show it: a duration, a whole score, a count with at most one decimal (a median). */
export function metricValue(metric: Metric, value: number, locale: Locale): string {
  if (metric === 'timeMs') return formatDuration(value, locale);
  if (metric === 'score') return String(Math.round(value));
  return value.toLocaleString(locale, { maximumFractionDigits: 1 });
}

/** How a difference of each metric is counted in words ("+3 fields"); time and score are written without a unit word. */
const UNIT: Partial<Record<Metric, MessageKey>> = {
  pages: 'task.pagesCount',
  clicks: 'task.clicksCount',
  fields: 'compare.fieldsCount',
  interruptions: 'compare.interruptionsCount',
  findingPoints: 'compare.pointsCount',
  score: 'compare.scoreCount',
};

/**
 * A difference with its sign, as a typographic minus: "+3 fields", "−12.0 s", "±0 clicks". Differences of counts
 * are whole numbers; a score's is rounded as the score is shown.
 */
export function differenceText(t: Translate, locale: Locale, metric: Metric, difference: number): string {
  const size = metric === 'score' ? Math.round(Math.abs(difference)) : Math.abs(difference);
  const sign = size === 0 ? '±' : difference > 0 ? '+' : '−';
  const unit = UNIT[metric];
  return `${sign}${unit ? t(unit, { count: size }) : formatDurationDifference(size, locale)}`;
}

/** The confirmed findings by severity, the worst first, as "1 × major, 2 × minor"; empty when there are none. */
export function severityText(t: Translate, counts: SeverityCounts): string {
  return counts
    .map((count, severity) => ({ count, severity }))
    .filter(({ count }) => count > 0)
    .reverse()
    .map(({ count, severity }) => t('compare.severityCount', { count, word: t(`severity.${severity as Severity}`) }))
    .join(', ');
}
