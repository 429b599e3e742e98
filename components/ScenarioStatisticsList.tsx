import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo } from 'react';
import type { ScenarioGroup } from '@/utils/dashboard/scenario-groups';
import { database } from '@/utils/db/database';
import { readStatisticsRecords } from '@/utils/db/report-audits';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import { alignByStage } from '@/utils/report/align-by-stage';
import { summarizeAudits } from '@/utils/report/summary-statistics';
import { ScenarioStatisticsTable } from './ScenarioStatisticsTable';

interface Props {
  t: Translate;
  locale: Locale;
  /** The scenarios of the audits shown with enough audits for statistics (`scenarioGroups`). */
  groups: readonly ScenarioGroup[];
  now: number;
}

/** Statistics of each scenario the list shows often enough, read from the audits' records as they are now. */
export function ScenarioStatisticsList({ t, locale, groups, now }: Props) {
  const scenarioStatisticsId = useId();
  const ids = groups.flatMap((g) => g.auditIds);
  const records = useLiveQuery(() => readStatisticsRecords(database(), ids), [ids.join(',')]);
  const statistics = useMemo(() => {
    if (!records) return [];
    const aligned = new Map(records.map((r) => [r.audit.id, alignByStage(r, now)]));
    return groups.map(({ scenario, auditIds }) => ({
      scenario,
      statistics: summarizeAudits(auditIds.flatMap((id) => aligned.get(id) ?? [])),
    }));
  }, [records, groups, now]);
  if (groups.length === 0) return null;
  return (
    <section className="space-y-2" aria-labelledby={scenarioStatisticsId}>
      <h2 id={scenarioStatisticsId} className="text-lg font-semibold">
        {t('stats.heading')}
      </h2>
      {statistics.map(({ scenario, statistics: s }) => (
        <ScenarioStatisticsTable key={scenario} t={t} locale={locale} scenario={scenario} statistics={s} />
      ))}
    </section>
  );
}
