import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
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
  group: ScenarioGroup;
  now: number;
}

/**
 * One scenario's statistics, folded under its name and count. The audits' journeys are read when it is unfolded,
 * not with the list: a scenario walked a thousand times is forty thousand touchpoints, which the list does not show.
 */
export function ScenarioStatistics({ t, locale, group, now }: Props) {
  const [open, setOpen] = useState(false);
  const { scenario, auditIds } = group;
  const records = useLiveQuery(
    async () => (open ? readStatisticsRecords(database(), auditIds) : undefined),
    [open, auditIds.join(',')],
  );
  const statistics = useMemo(
    () => records && summarizeAudits(records.map((r) => alignByStage(r, now))),
    [records, now],
  );
  return (
    <details
      className="rounded-md border border-slate-200 p-2 dark:border-slate-700"
      data-testid="scenario-statistics"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="cursor-pointer font-semibold">
        {t('stats.summary', { scenario, count: auditIds.length })}
      </summary>
      {statistics ? (
        <ScenarioStatisticsTable t={t} locale={locale} scenario={scenario} statistics={statistics} />
      ) : (
        open && <p className="mt-2 text-sm">{t('common.loading')}</p>
      )}
    </details>
  );
}
