import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '@/utils/db/database';
import { decideFinding, findingsOf } from '@/utils/db/findings';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import type { Touchpoint } from '@/utils/model/touchpoint';
import { FindingList } from './FindingList';

interface Props {
  t: Translate;
  locale: Locale;
  auditId: string;
  touchpoints: readonly Touchpoint[];
  heading?: 'h2' | 'h3';
}

/** An audit's findings, live from the database, with the auditor's verdicts written back at once. */
export function AuditFindings({ t, locale, auditId, touchpoints, heading }: Props) {
  const db = database();
  const findings = useLiveQuery(() => findingsOf(db, auditId), [auditId]);
  if (!findings) return null;
  return (
    <FindingList
      t={t}
      locale={locale}
      findings={findings}
      touchpoints={touchpoints}
      heading={heading}
      onDecide={(id, verdict) => void decideFinding(db, id, verdict, Date.now())}
    />
  );
}
