import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { database } from '@/utils/db/database';
import { readReportRecords } from '@/utils/db/report-audits';
import { resolveComparison, type CompareRoute } from '@/utils/dashboard/compare-route';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import { ComparisonReport } from './ComparisonReport';

interface Props {
  t: Translate;
  locale: Locale;
  route: CompareRoute;
  now: number;
  /** Where "All audits" leads: the list with the filter it had. */
  listHref: string;
  busy: boolean;
  onBaseline: (auditId: string) => void;
  onCsv: (auditIds: string[]) => void;
  onJson: (auditIds: string[]) => void;
  /** The comparison's report against its baseline: the HTML file, and the Markdown summary. */
  onHtml: (auditIds: string[], baselineId: string) => void;
  onMarkdown: (auditIds: string[], baselineId: string) => void;
}

/**
 * The comparison of the audits a link names (`#/compare?ids=…&baseline=…`), read from the database as they are now:
 * an audit deleted since is left out with a note, and fewer than two left is said, not shown as an empty table.
 */
export function ComparisonView(props: Props) {
  const { t, locale, route, now, listHref, busy, onBaseline, onCsv, onJson, onHtml, onMarkdown } = props;
  const headingId = useId();
  const records = useLiveQuery(() => readReportRecords(database(), route.ids), [route.ids.join(',')]);
  const resolved = records && resolveComparison(route, new Set(records.map((r) => r.audit.id)));
  const reports = resolved?.ids.map((id) => records!.find((r) => r.audit.id === id)!);
  const baseline = resolved?.baseline;
  return (
    <section aria-labelledby={headingId} className="space-y-6" data-testid="comparison">
      <div className="flex flex-wrap items-center gap-3">
        <a href={listHref} className="text-sm text-emerald-800 underline dark:text-emerald-300">
          ← {t('detail.back')}
        </a>
        <h2 id={headingId} className="mr-auto text-xl font-semibold">
          {t('compare.title')}
        </h2>
        {baseline !== undefined && resolved && resolved.ids.length >= 2 && (
          <div role="group" aria-label={t('compare.files')} className="flex flex-wrap gap-2">
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy}
              onClick={() => onHtml(resolved.ids, baseline)}
            >
              {t('compare.downloadHtml')}
            </button>
            <button type="button" className="btn" disabled={busy} onClick={() => onMarkdown(resolved.ids, baseline)}>
              {t('compare.downloadMarkdown')}
            </button>
            <button type="button" className="btn" disabled={busy} onClick={() => onCsv(resolved.ids)}>
              {t('compare.downloadCsv')}
            </button>
            <button type="button" className="btn" disabled={busy} onClick={() => onJson(resolved.ids)}>
              {t('compare.downloadJson')}
            </button>
          </div>
        )}
      </div>
      {!resolved || !reports ? (
        <p className="text-sm">{t('common.loading')}</p>
      ) : (
        <>
          {resolved.missing > 0 && (
            <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
              {t('compare.missing', { count: resolved.missing })}
            </p>
          )}
          {resolved.baseline === undefined || reports.length < 2 ? (
            <p className="text-sm" data-testid="compare-too-few">
              {t('compare.tooFew')}{' '}
              <a href={listHref} className="underline">
                {t('compare.chooseInList')}
              </a>
            </p>
          ) : (
            <ComparisonReport
              t={t}
              locale={locale}
              reports={reports}
              baselineId={resolved.baseline}
              now={now}
              onBaseline={onBaseline}
            />
          )}
        </>
      )}
    </section>
  );
}
