import type { Translate } from '@/utils/i18n/translate';
import type { Stage } from '@/utils/model/stage';
import { STAGES } from '@/utils/model/vocabulary';

interface Props {
  t: Translate;
  stage: Stage | undefined;
  /** Who set it: a guess is marked so, the auditor's choice is not. */
  byAuditor: boolean;
  describedBy?: string;
  onChange: (stage: Stage) => void;
}

/** The touchpoint's journey stage: guessed from the page, corrected here by the auditor. */
export function StageSelect({ t, stage, byAuditor, describedBy, onChange }: Props) {
  return (
    <label className="flex items-center gap-1 text-xs">
      <span className="text-slate-600 dark:text-slate-300">
        {byAuditor || stage === undefined ? t('stage.label') : t('stage.guessed')}
      </span>
      <select
        className="field w-auto py-0 text-xs"
        value={stage ?? ''}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value as Stage)}
      >
        {stage === undefined && <option value="">{t('stage.unknown')}</option>}
        {STAGES.map((s) => (
          <option key={s} value={s}>
            {t(`stage.${s}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
