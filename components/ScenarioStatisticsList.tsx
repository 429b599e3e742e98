import { useId } from 'react';
import type { ScenarioGroup } from '@/utils/dashboard/scenario-groups';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import { ScenarioStatistics } from './ScenarioStatistics';

interface Props {
  t: Translate;
  locale: Locale;
  /** The scenarios of the audits shown with enough audits for statistics (`scenarioGroups`). */
  groups: readonly ScenarioGroup[];
  now: number;
}

/** Statistics of each scenario the list shows often enough, each read from its audits when unfolded. */
export function ScenarioStatisticsList({ t, locale, groups, now }: Props) {
  const scenarioStatisticsId = useId();
  if (groups.length === 0) return null;
  return (
    <section className="space-y-2" aria-labelledby={scenarioStatisticsId}>
      <h2 id={scenarioStatisticsId} className="text-lg font-semibold">
        {t('stats.heading')}
      </h2>
      {groups.map((group) => (
        <ScenarioStatistics key={group.scenario} t={t} locale={locale} group={group} now={now} />
      ))}
    </section>
  );
}
