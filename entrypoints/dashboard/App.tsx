import { setStageByAuditor } from '@/utils/db/auditor-stage';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { AuditDetail } from '@/components/AuditDetail';
import { AuditTable } from '@/components/AuditTable';
import { ImportButton } from '@/components/ImportButton';
import { SCORECARDS_HASH, useScorecardsRoute } from '@/components/ScorecardsRoute';
import { ScorecardsView } from '@/components/ScorecardsView';
import { TransferReport } from '@/components/TransferReport';
import { UndoBar } from '@/components/UndoBar';
import { useDocumentTitle } from '@/components/use-document-title';
import { useNow } from '@/components/use-now';
import { useTranslate } from '@/components/use-translate';
import { database } from '@/utils/db/database';
import { deleteAudits, renameAudit, restoreAudits, type Removed } from '@/utils/db/audit-admin';
import { countTouchpoints, touchpointsOf } from '@/utils/db/journey';
import { useOpenAudit } from './use-hash-route';
import { useTransfer } from './use-transfer';

/** The auditor's archive: every audit, one opened, exported, imported, renamed or deleted. */
export function App() {
  const { t, locale } = useTranslate();
  const db = database();
  const [{ openId, lastId }, open] = useOpenAudit();
  const scorecards = useScorecardsRoute();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [removed, setRemoved] = useState<Removed>();
  const transfer = useTransfer(t, locale);
  const rows = useLiveQuery(async () => {
    const audits = await db.audits.orderBy('startedAt').reverse().toArray();
    return Promise.all(audits.map(async (audit) => ({ audit, touchpoints: await countTouchpoints(db, audit.id) })));
  });
  const opened = useLiveQuery(async () => {
    const audit = openId ? await db.audits.get(openId) : undefined;
    return audit && { audit, touchpoints: await touchpointsOf(db, audit.id) };
  }, [openId]);
  const now = useNow(rows?.some((r) => r.audit.status === 'active') ?? false);
  useDocumentTitle(opened ? t('dashboard.detailTitle', { shop: opened.audit.shopName }) : t('dashboard.title'));

  const remove = async (ids: readonly string[]) => {
    setRemoved(await deleteAudits(db, ids));
    setSelected(new Set());
    open(undefined);
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
        {!opened && !scorecards && (
          <>
            <button
              type="button"
              className="btn"
              disabled={selected.size === 0}
              onClick={() => void transfer.exportAudits([...selected])}
            >
              {t('dashboard.exportSelected', { count: selected.size })}
            </button>
            <button
              type="button"
              className="btn"
              disabled={selected.size === 0}
              onClick={() => void transfer.exportCsv([...selected])}
            >
              {t('dashboard.exportCsv', { count: selected.size })}
            </button>
            <button
              type="button"
              className="btn btn-danger"
              disabled={selected.size === 0}
              onClick={() => void remove([...selected])}
            >
              {t('dashboard.deleteSelected', { count: selected.size })}
            </button>
          </>
        )}
      </header>
      <TransferReport report={transfer.report} />
      {scorecards ? (
        <ScorecardsView t={t} locale={locale} />
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
          onBack={() => open(undefined)}
        />
      ) : rows ? (
        <AuditTable
          t={t}
          locale={locale}
          rows={rows}
          now={now}
          selected={selected}
          onSelect={select}
          onSelectAll={(on) => setSelected(new Set(on ? rows.map((r) => r.audit.id) : []))}
          onOpen={open}
          returnedFrom={lastId}
        />
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
