import { useState } from 'react';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import type { Template } from '@/utils/model/scorecard';
import { localize } from '@/utils/scoring/localize';

interface Props {
  t: Translate;
  locale: Locale;
  template: Template;
  onCopy: () => void;
  /** Only the user's own templates can be edited, exported and deleted. */
  onEdit?: () => void;
  onExport?: () => void;
  onDelete?: () => void;
}

/** A template in the Scorecards view: its name, what it is for, its criteria by dimension, and what can be done. */
export function TemplateCard({ t, locale, template, onCopy, onEdit, onExport, onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);
  const name = localize(template.name, locale);
  return (
    <li className="space-y-2 rounded-md border border-slate-200 p-3 dark:border-slate-700" data-testid="template-card">
      <h4 className="font-semibold">{name}</h4>
      <p className="text-sm text-slate-700 dark:text-slate-300">{localize(template.description, locale)}</p>
      <details className="text-sm">
        <summary className="cursor-pointer">
          {t('scorecards.criteriaCount', { count: template.criteria.length })}
        </summary>
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          {template.criteria.map((c) => (
            <li key={c.id}>
              {localize(c.text, locale)}{' '}
              <span className="text-xs text-slate-600 dark:text-slate-300">
                ({t(`dimension.${c.dimension}`)}, {t('rating.weight', { weight: c.weight })},{' '}
                {t('editor.scalePoints', { scale: c.scale })})
              </span>
            </li>
          ))}
        </ul>
      </details>
      {confirming ? (
        <div role="group" aria-label={t('scorecards.confirmDelete', { name })} className="space-y-1">
          <p className="text-sm">{t('scorecards.confirmDelete', { name })}</p>
          <div className="flex gap-2">
            <button type="button" className="btn btn-danger" onClick={onDelete}>
              {t('common.delete')}
            </button>
            <button type="button" className="btn" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {onEdit && (
            <button type="button" className="btn" onClick={onEdit} aria-label={t('scorecards.editNamed', { name })}>
              {t('scorecards.edit')}
            </button>
          )}
          <button type="button" className="btn" onClick={onCopy} aria-label={t('scorecards.copyNamed', { name })}>
            {t('scorecards.copy')}
          </button>
          {onExport && (
            <button type="button" className="btn" onClick={onExport} aria-label={t('scorecards.exportNamed', { name })}>
              {t('scorecards.export')}
            </button>
          )}
          {onDelete && (
            <button
              type="button"
              className="btn btn-danger"
              onClick={() => setConfirming(true)}
              aria-label={t('scorecards.deleteNamed', { name })}
            >
              {t('common.delete')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
