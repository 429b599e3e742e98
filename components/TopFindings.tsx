import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import type { FindingRecord } from '@/utils/model/finding-record';
import type { Touchpoint } from '@/utils/model/touchpoint';
import { ruleById } from '@/utils/rules/registry';
import { findingPlace, findingTitle } from './finding-text';
import { ScreenshotImage } from './ScreenshotImage';
import { SeverityBadge } from './SeverityBadge';

interface Props {
  t: Translate;
  locale: Locale;
  /** The audit's name in the comparison. */
  name: string;
  /** Its worst confirmed findings, worst first (`topFindings`). */
  findings: readonly FindingRecord[];
  touchpoints: readonly Touchpoint[];
}

/** Where a finding's judgement comes from: the rule and its source with its year, or the auditor. */
function findingSource(t: Translate, finding: FindingRecord): string {
  const rule = ruleById(finding.ruleId);
  if (!rule) return t('findings.byAuditor');
  return `${t('findings.byRule')} · ${t('findings.source', { name: rule.source.name, year: rule.source.year })}`;
}

/** One audit's worst findings with their screenshots, severity, source and the step they were found on. */
export function TopFindings({ t, locale, name, findings, touchpoints }: Props) {
  const where = (finding: FindingRecord) =>
    findingPlace(
      t,
      touchpoints.find((x) => x.id === finding.touchpointId),
    );
  return (
    <section className="space-y-2" data-testid="top-findings">
      <h4 className="font-semibold">{name}</h4>
      {findings.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">{t('compare.noFindings')}</p>
      ) : (
        <ol className="space-y-2">
          {findings.map((finding) => (
            <li
              key={finding.id}
              className="flex gap-3 rounded-md border border-slate-200 p-2 text-sm dark:border-slate-700"
              data-testid="top-finding"
              data-rule={finding.ruleId}
            >
              {finding.screenshotId && (
                <ScreenshotImage
                  screenshotId={finding.screenshotId}
                  size="thumbnail"
                  alt={t('flag.screenshot')}
                  missing={t('flag.noScreenshot')}
                  className="h-20 w-auto shrink-0 rounded border border-slate-200 dark:border-slate-700"
                />
              )}
              <div className="min-w-0 space-y-0.5">
                <p className="flex flex-wrap items-baseline gap-2">
                  <SeverityBadge t={t} severity={finding.severity} />
                  <span className="font-medium">{findingTitle(t, locale, finding)}</span>
                </p>
                <p className="text-xs text-slate-600 dark:text-slate-300">{where(finding)}</p>
                <p className="text-xs text-slate-600 dark:text-slate-300">{findingSource(t, finding)}</p>
                {finding.note && <p className="whitespace-pre-wrap">{finding.note}</p>}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
