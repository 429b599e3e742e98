import { useId } from 'react';
import type { Locale } from '@/utils/i18n/locale';
import type { MessageKey } from '@/utils/i18n/messages/en';
import type { Translate } from '@/utils/i18n/translate';
import type { FindingRecord, FindingVerdict } from '@/utils/model/finding-record';
import type { Touchpoint } from '@/utils/model/touchpoint';
import { ruleById } from '@/utils/rules/registry';
import { findingPlace, findingTitle } from './finding-text';
import { ScreenshotImage } from './ScreenshotImage';
import { SeverityBadge } from './SeverityBadge';

interface Props {
  t: Translate;
  locale: Locale;
  finding: FindingRecord;
  /** The touchpoint it was found on; absent for findings about the whole journey. */
  touchpoint?: Touchpoint;
  onDecide: (findingId: string, verdict: FindingVerdict) => void;
}

function valueText(value: string | number | boolean, locale: Locale): string {
  return typeof value === 'number' ? value.toLocaleString(locale) : String(value);
}

/**
 * One finding: what it is, where, how severe, the evidence and the source behind it, and the auditor's word on
 * it. A dismissed finding stays in the list, struck out, so the audit shows what was looked at and set aside.
 */
export function FindingItem({ t, locale, finding, touchpoint, onDecide }: Props) {
  const titleId = useId();
  const rule = ruleById(finding.ruleId);
  const title = findingTitle(t, locale, finding);
  const dismissed = finding.verdict === 'dismissed';
  const values = Object.entries(finding.evidence.values);
  return (
    <li
      className="space-y-1 rounded-md border border-slate-200 p-2 text-sm dark:border-slate-700"
      data-testid="finding"
      data-rule={finding.ruleId}
      data-verdict={finding.verdict}
    >
      <div className="flex flex-wrap items-baseline gap-2">
        <SeverityBadge t={t} severity={finding.severity} />
        <span id={titleId} className={`font-medium ${dismissed ? 'text-slate-500 line-through' : ''}`}>
          {title}
        </span>
        <span className="text-xs text-slate-600 dark:text-slate-300">
          {findingPlace(t, touchpoint)}
          {' · '}
          {finding.source === 'rule' ? t('findings.byRule') : t('findings.byAuditor')}
        </span>
      </div>
      {finding.note && <p className="whitespace-pre-wrap">{finding.note}</p>}
      {finding.screenshotId && (
        <details className="text-xs">
          <summary className="cursor-pointer list-none">
            <ScreenshotImage
              screenshotId={finding.screenshotId}
              size="thumbnail"
              alt={t('findings.showScreenshot')}
              missing={t('flag.noScreenshot')}
              className="max-h-32 rounded border border-slate-200 dark:border-slate-700"
            />
          </summary>
          <ScreenshotImage
            screenshotId={finding.screenshotId}
            size="image"
            alt={t('flag.screenshot')}
            missing={t('flag.noScreenshot')}
            className="mt-1 w-full rounded border border-slate-200 dark:border-slate-700"
          />
        </details>
      )}
      <details className="text-xs">
        <summary className="cursor-pointer text-slate-700 underline dark:text-slate-200">{t('findings.why')}</summary>
        <div className="mt-1 space-y-1">
          {rule && <p>{rule.explanation[locale]}</p>}
          {(finding.element?.selector ?? finding.evidence.selector) && (
            <p>
              {t('findings.element')}:{' '}
              <code className="break-all">{finding.element?.selector ?? finding.evidence.selector}</code>
              {finding.evidence.text && <> (“{finding.evidence.text}”)</>}
            </p>
          )}
          {values.length > 0 && (
            <dl className="grid grid-cols-[auto_1fr] gap-x-2" aria-label={t('findings.measured')}>
              {values.map(([name, value]) => (
                <div key={name} className="contents">
                  <dt>
                    <code>{name}</code>
                  </dt>
                  <dd className="tabular-nums">{valueText(value, locale)}</dd>
                </div>
              ))}
            </dl>
          )}
          {rule && (
            <p>
              {t('findings.source', { name: rule.source.name, year: rule.source.year })}
              {rule.source.url && (
                <>
                  {' '}
                  <a className="underline" href={rule.source.url} target="_blank" rel="noreferrer">
                    {t('findings.sourceLink')}
                  </a>
                </>
              )}
            </p>
          )}
        </div>
      </details>
      <FindingVerdictActions t={t} finding={finding} describedBy={titleId} onDecide={onDecide} />
    </li>
  );
}

function FindingVerdictActions({
  t,
  finding,
  describedBy,
  onDecide,
}: {
  t: Translate;
  finding: FindingRecord;
  describedBy: string;
  onDecide: Props['onDecide'];
}) {
  const decide = (verdict: FindingVerdict) => () => onDecide(finding.id, verdict);
  const button = 'rounded border border-slate-300 px-2 py-0.5 text-xs dark:border-slate-600';
  if (finding.verdict === 'proposed')
    return (
      <div className="flex gap-2">
        <button type="button" className={button} aria-describedby={describedBy} onClick={decide('confirmed')}>
          {t('findings.confirm')}
        </button>
        <button type="button" className={button} aria-describedby={describedBy} onClick={decide('dismissed')}>
          {t('findings.dismiss')}
        </button>
      </div>
    );
  // A rule's finding goes back to a proposal; the auditor's own has none, so dismissing and restoring is its undo.
  const [label, verdict]: [MessageKey, FindingVerdict] =
    finding.source === 'rule'
      ? ['findings.reopen', 'proposed']
      : finding.verdict === 'confirmed'
        ? ['findings.dismiss', 'dismissed']
        : ['findings.restore', 'confirmed'];
  return (
    <div className="flex items-center gap-2 text-xs">
      <span className="text-slate-700 dark:text-slate-200">
        {t(finding.verdict === 'confirmed' ? 'findings.confirmed' : 'findings.dismissed')}
      </span>
      <button type="button" className={button} aria-describedby={describedBy} onClick={decide(verdict)}>
        {t(label)}
      </button>
    </div>
  );
}
