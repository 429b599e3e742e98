import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import type { FindingRecord } from '@/utils/model/finding-record';
import type { Touchpoint } from '@/utils/model/touchpoint';
import { ruleById } from '@/utils/rules/registry';

/** What a finding is called: its rule's title, else the category the auditor chose, else "flagged by the auditor". */
export function findingTitle(
  t: Translate,
  locale: Locale,
  finding: Pick<FindingRecord, 'ruleId' | 'category'>,
): string {
  const rule = ruleById(finding.ruleId);
  if (rule) return rule.title[locale];
  return finding.category ? t(`flag.category.${finding.category}`) : t('findings.manual');
}

/** Where a finding was found: its step by number and title, or the whole journey. */
export function findingPlace(t: Translate, touchpoint: Pick<Touchpoint, 'seq' | 'title'> | undefined): string {
  return touchpoint
    ? t('findings.onStep', { seq: touchpoint.seq + 1, title: touchpoint.title || t('journey.untitled') })
    : t('findings.journeyWide');
}
