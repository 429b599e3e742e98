import { setStageByAuditor } from '@/utils/db/auditor-stage';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { AuditDetail } from '@/components/AuditDetail';
import { AuditFilters } from '@/components/AuditFilters';
import { AuditTable } from '@/components/AuditTable';
import { ComparisonView } from '@/components/ComparisonView';
import { ImportButton } from '@/components/ImportButton';
import { KeptStorageFailure } from '@/components/KeptStorageFailure';
import { SCORECARDS_HASH, useScorecardsRoute } from '@/components/ScorecardsRoute';
import { ScorecardsView } from '@/components/ScorecardsView';
import { ScenarioStatisticsList } from '@/components/ScenarioStatisticsList';
import { TransferReport } from '@/components/TransferReport';
import { UndoBar } from '@/components/UndoBar';
import { useDocumentTitle } from '@/components/use-document-title';
import { useNow } from '@/components/use-now';
import { useTranslate } from '@/components/use-translate';
import { database } from '@/utils/db/database';
import { deleteAudits, renameAudit, restoreAudits, type Removed } from '@/utils/db/audit-admin';
import { auditRows, openedAudit } from '@/utils/db/audit-list';
import { boundAudits } from '@/utils/db/journey';
import { filterChoices, matchesFilter } from '@/utils/dashboard/audit-filter';
import { compareHash, parseCompareHash } from '@/utils/dashboard/compare-route';
import { listHash, parseListHash } from '@/utils/dashboard/filter-query';
import { scenarioGroups } from '@/utils/dashboard/scenario-groups';
import { goTo, useHash, useOpenAudit } from './use-hash-route';
import { useTransfer } from './use-transfer';

/** The auditor's archive: every audit, one opened, exported, imported, renamed or deleted. */
export function App() {
  const { t, locale } = useTranslate();
  const db = database();
  const [{ openId, lastId }, open] = useOpenAudit();
  const scorecards = useScorecardsRoute();
  const hash = useHash();
  const comparing = parseCompareHash(hash);
  const listFilter = parseListHash(hash);
  // The list's filter is kept while an audit or the comparison is open, so that going back shows the same list.
  const [filter, setFilter] = useState(listFilter ?? {});
  if (listFilter && listHash(listFilter) !== listHash(filter)) setFilter(listFilter);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [removed, setRemoved] = useState<Removed>();
  const transfer = useTransfer(t, locale);
  // Every audit with its length is read only while the list shows: subscribed, it is read again on any change to
  // any audit, which an open audit's page would pay for on each note and rating (a second, with 1,000 audits).
  const listing = !scorecards && !comparing && !openId;
  const rows = useLiveQuery(async () => (listing ? auditRows(db) : undefined), [listing]);
  const opened = useLiveQuery(async () => (openId ? openedAudit(db, openId) : undefined), [openId]);
  // An audit recording is bound to its tab: the clock runs while there is one, found in the tab index.
  const recording = useLiveQuery(async () => (await boundAudits(db)).some((a) => a.status === 'active'), [], false);
  const now = useNow(recording);
  const visible = useMemo(() => rows?.filter((r) => matchesFilter(r.audit, filter)), [rows, filter]);
  const groups = useMemo(() => scenarioGroups((visible ?? []).map((r) => r.audit)), [visible]);
  // Only what the list shows is acted on: a row selected and then filtered away is neither exported nor deleted.
  const chosen = (visible ?? []).filter((r) => selected.has(r.audit.id)).map((r) => r.audit.id);
  useDocumentTitle(
    opened
      ? t('dashboard.detailTitle', { shop: opened.audit.shopName })
      : comparing
        ? t('compare.documentTitle')
        : t('dashboard.title'),
  );
  const backToList = () => goTo(listHash(filter));

  const remove = async (ids: readonly string[]) => {
    setRemoved(await deleteAudits(db, ids));
    setSelected(new Set());
    if (opened) backToList();
  };
  const expire = useCallback(() => setRemoved(undefined), []);
  const select = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  return (
    // pb-20: room below the last row for the undo bar, which floats at the bottom of the window.
    <main className="mx-auto max-w-6xl space-y-4 p-6 pb-20">
      <header className="flex flex-wrap items-center gap-2">
        <h1 className="mr-auto text-2xl font-bold">{t('dashboard.title')}</h1>
        <nav aria-label={t('nav.views')} className="flex gap-3 text-sm">
          <a href="#" className="underline" aria-current={scorecards ? undefined : 'page'}>
            {t('nav.audits')}
          </a>
          <a href={SCORECARDS_HASH} className="underline" aria-current={scorecards ? 'page' : undefined}>
            {t('nav.scorecards')}
          </a>
        </nav>
        {!scorecards && <ImportButton t={t} busy={transfer.busy} onFile={(f) => void transfer.importFile(f)} />}
        {!opened && !scorecards && !comparing && (
          <>
            <button
              type="button"
              className="btn"
              disabled={chosen.length < 2}
              // The list is newest first; a comparison starts against the oldest audit, so that two walks of one
              // shop read as changes since the first. The view lets the user choose another baseline.
              onClick={() => goTo(compareHash({ ids: chosen, baseline: chosen.at(-1) }))}
            >
              {t('compare.button', { count: chosen.length })}
            </button>
            <button
              type="button"
              className="btn"
              disabled={chosen.length === 0}
              onClick={() => void transfer.exportAudits(chosen)}
            >
              {t('dashboard.exportSelected', { count: chosen.length })}
            </button>
            <button
              type="button"
              className="btn"
              disabled={chosen.length === 0}
              onClick={() => void transfer.exportCsv(chosen)}
            >
              {t('dashboard.exportCsv', { count: chosen.length })}
            </button>
            <button
              type="button"
              className="btn btn-danger"
              disabled={chosen.length === 0}
              onClick={() => void remove(chosen)}
            >
              {t('dashboard.deleteSelected', { count: chosen.length })}
            </button>
          </>
        )}
      </header>
      <KeptStorageFailure t={t} />
      <TransferReport report={transfer.report} />
      {scorecards ? (
        <ScorecardsView t={t} locale={locale} />
      ) : comparing ? (
        <ComparisonView
          t={t}
          locale={locale}
          route={comparing}
          now={now}
          listHref={listHash(filter)}
          busy={transfer.busy}
          onBaseline={(baseline) => goTo(compareHash({ ids: comparing.ids, baseline }))}
          onCsv={(ids) => void transfer.exportCsv(ids)}
          onJson={(ids) => void transfer.exportAudits(ids)}
          onHtml={(ids, baseline) => void transfer.exportHtmlReport(ids, baseline)}
          onMarkdown={(ids, baseline) => void transfer.exportMarkdownReport(ids, baseline)}
        />
      ) : opened ? (
        <AuditDetail
          t={t}
          locale={locale}
          audit={opened.audit}
          touchpoints={opened.touchpoints}
          now={now}
          onRename={(name) => void renameAudit(db, opened.audit.id, name, Date.now())}
          onNotes={(notes) => void db.audits.update(opened.audit.id, { notes })}
          onTouchpointNote={(id, note) => void db.touchpoints.update(id, { note })}
          onTouchpointStage={(id, stage) => void setStageByAuditor(db, id, stage, Date.now())}
          onExport={() => void transfer.exportAudits([opened.audit.id])}
          onDelete={() => void remove([opened.audit.id])}
          onBack={backToList}
        />
      ) : rows && visible ? (
        <>
          {rows.length > 0 && (
            <AuditFilters
              t={t}
              filter={filter}
              choices={filterChoices(
                rows.map((r) => r.audit),
                locale,
              )}
              shown={visible.length}
              total={rows.length}
              onChange={(next) => goTo(listHash(next))}
            />
          )}
          {rows.length > 0 && visible.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-300">{t('filter.noMatch')}</p>
          ) : (
            <AuditTable
              t={t}
              locale={locale}
              rows={visible}
              now={now}
              selected={selected}
              onSelect={select}
              // "Select all" takes what the list shows, and only that: hidden rows are let go.
              onSelectAll={(on) => setSelected(new Set(on ? visible.map((r) => r.audit.id) : []))}
              onOpen={open}
              returnedFrom={lastId}
            />
          )}
          <ScenarioStatisticsList t={t} locale={locale} groups={groups} now={now} />
        </>
      ) : (
        <p className="text-sm">{t('common.loading')}</p>
      )}
      {removed && (
        <UndoBar
          key={removed.map((r) => r.audit.id).join(' ')}
          t={t}
          message={t('dashboard.deleted', { count: removed.length })}
          onExpire={expire}
          onUndo={() => void restoreAudits(db, removed).then(expire)}
        />
      )}
    </main>
  );
}
