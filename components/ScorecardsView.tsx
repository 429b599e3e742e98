import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { database } from '@/utils/db/database';
import { deleteTemplate, saveTemplate, userTemplates } from '@/utils/db/templates';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import { newId } from '@/utils/model/id';
import type { Template } from '@/utils/model/scorecard';
import { copyTemplate, localize } from '@/utils/scoring/localize';
import { BUILT_IN_TEMPLATES } from '@/utils/scoring/templates/registry';
import { ImportButton } from './ImportButton';
import { TemplateCard } from './TemplateCard';
import { TemplateProblems } from './TemplateProblems';
import { newCriterion, TemplateEditor } from './TemplateEditor';
import { exportTemplates, importTemplateFile, type TemplateImportOutcome } from './TemplateImport';

type Notice = TemplateImportOutcome | { ok: true; text: string };

/** The dashboard's Scorecards view: the built-in templates to copy, and the user's own to edit, share and delete. */
export function ScorecardsView({ t, locale }: { t: Translate; locale: Locale }) {
  const db = database();
  const own = useLiveQuery(() => userTemplates(db), []);
  const [editing, setEditing] = useState<Template>();
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState(false);
  const nameOf = (template: Template) => localize(template.name, locale);

  const copy = (source: Template) =>
    setEditing(copyTemplate(source, locale, newId(), t('scorecards.copyName', { name: nameOf(source) })));
  const create = () =>
    setEditing({
      id: newId(),
      name: t('scorecards.newName'),
      description: '',
      dimensions: ['effort'],
      criteria: [newCriterion('effort')],
      version: 1,
    });
  const save = async (template: Template) => {
    const saved = await saveTemplate(db, template);
    if (saved.ok) {
      setEditing(undefined);
      setNotice({ ok: true, text: t('scorecards.saved', { name: nameOf(saved.value) }) });
    }
    return saved.ok;
  };
  const remove = async (template: Template) => {
    await deleteTemplate(db, template.id);
    setNotice({ ok: true, text: t('scorecards.deleted', { name: nameOf(template) }) });
  };
  const importFile = async (file: File) => {
    setBusy(true);
    try {
      setNotice(await importTemplateFile(t, file));
    } finally {
      setBusy(false);
    }
  };

  if (editing)
    return (
      <TemplateEditor t={t} locale={locale} initial={editing} onSave={save} onCancel={() => setEditing(undefined)} />
    );
  return (
    <section className="space-y-4" aria-labelledby="scorecards-title">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="scorecards-title" className="mr-auto text-xl font-bold">
          {t('scorecards.title')}
        </h2>
        <button type="button" className="btn" onClick={create}>
          {t('scorecards.create')}
        </button>
        <ImportButton t={t} busy={busy} onFile={(f) => void importFile(f)} />
        <button
          type="button"
          className="btn"
          disabled={!own || own.length === 0}
          onClick={() => own && exportTemplates(own, nameOf)}
        >
          {t('scorecards.exportAll')}
        </button>
      </div>
      {notice && (
        <div
          role={notice.ok ? 'status' : 'alert'}
          data-testid="scorecards-notice"
          className={`rounded-md p-2 text-sm ${notice.ok ? 'bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100' : 'bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200'}`}
        >
          {'text' in notice ? (
            notice.text
          ) : notice.ok ? (
            t('scorecards.imported', { count: notice.count })
          ) : (
            <TemplateProblems intro={t('scorecards.importFailed')} problems={notice.problems} />
          )}
        </div>
      )}
      <h3 className="text-lg font-semibold">{t('scorecards.own')}</h3>
      {own && own.length === 0 && <p className="text-sm">{t('scorecards.noOwn')}</p>}
      <ul className="grid gap-3 md:grid-cols-2">
        {own?.map((template) => (
          <TemplateCard
            key={template.id}
            t={t}
            locale={locale}
            template={template}
            onEdit={() => setEditing(template)}
            onCopy={() => copy(template)}
            onExport={() => exportTemplates([template], nameOf)}
            onDelete={() => void remove(template)}
          />
        ))}
      </ul>
      <h3 className="text-lg font-semibold">{t('scorecards.builtIn')}</h3>
      <ul className="grid gap-3 md:grid-cols-2">
        {BUILT_IN_TEMPLATES.map((template) => (
          <TemplateCard key={template.id} t={t} locale={locale} template={template} onCopy={() => copy(template)} />
        ))}
      </ul>
    </section>
  );
}
