import { useId } from 'react';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import { countFindings, orderFindings } from '@/utils/findings/finding-overview';
import type { FindingRecord, FindingVerdict } from '@/utils/model/finding-record';
import type { Touchpoint } from '@/utils/model/touchpoint';
import { FindingItem } from './FindingItem';

interface Props {
  t: Translate;
  locale: Locale;
  findings: readonly FindingRecord[];
  touchpoints: readonly Touchpoint[];
  onDecide: (findingId: string, verdict: FindingVerdict) => void;
  /** The heading's level where the list sits: h2 in the side panel, h3 inside an audit's page. */
  heading?: 'h2' | 'h3';
}

/** The audit's findings in journey order, with how many still wait for the auditor's word. */
export function FindingList({ t, locale, findings, touchpoints, onDecide, heading: Heading = 'h2' }: Props) {
  const headingId = useId();
  const byId = new Map(touchpoints.map((tp) => [tp.id, tp]));
  const counts = countFindings(findings);
  return (
    <section className="space-y-2" aria-labelledby={headingId}>
      <Heading id={headingId} className={Heading === 'h2' ? 'text-base font-semibold' : 'text-lg font-semibold'}>
        {t('findings.label')}
      </Heading>
      {findings.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">{t('findings.empty')}</p>
      ) : (
        <>
          <p className="text-xs text-slate-600 dark:text-slate-300" data-testid="finding-counts">
            {t('findings.counts', { ...counts })}
          </p>
          <ol className="space-y-2">
            {orderFindings(findings, touchpoints).map((f) => (
              <FindingItem
                key={f.id}
                t={t}
                locale={locale}
                finding={f}
                touchpoint={f.touchpointId === undefined ? undefined : byId.get(f.touchpointId)}
                onDecide={onDecide}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
