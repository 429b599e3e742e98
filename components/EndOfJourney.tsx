import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '@/utils/db/database';
import type { MessageKey } from '@/utils/i18n/messages/en';
import type { Translate } from '@/utils/i18n/translate';
import type { Audit } from '@/utils/model/audit';
import { RatingScale } from './RatingScale';

/**
 * The questions at the end of a finished journey: the Net Promoter Score question (Reichheld, 2003; 0-10) and the
 * Customer Effort Score (CEB's CES 2.0, 2013; 1-7), only the ends of each scale in words.
 */
const QUESTIONS = [
  { field: 'nps', from: 0, to: 10, text: 'endOfJourney.nps', low: 'endOfJourney.npsLow', high: 'endOfJourney.npsHigh' },
  { field: 'ces', from: 1, to: 7, text: 'endOfJourney.ces', low: 'endOfJourney.cesLow', high: 'endOfJourney.cesHigh' },
] as const satisfies readonly {
  field: string;
  from: number;
  to: number;
  text: MessageKey;
  low: MessageKey;
  high: MessageKey;
}[];

/** Asks the end-of-journey questions of a finished audit; each answer is saved on the audit at once. */
export function EndOfJourney({ t, auditId }: { t: Translate; auditId: string }) {
  const db = database();
  const audit = useLiveQuery(() => db.audits.get(auditId), [auditId]);
  if (!audit || audit.status !== 'finished') return null;
  return (
    <section className="space-y-3" aria-labelledby={`eoj-${auditId}`} data-testid="end-of-journey">
      <h3 id={`eoj-${auditId}`} className="text-sm font-semibold">
        {t('endOfJourney.title')}
      </h3>
      {QUESTIONS.map(({ field, from, to, text, low, high }) => (
        <RatingScale
          key={field}
          legend={t(text)}
          value={audit[field]}
          ends={[t(low), t(high)]}
          points={Array.from({ length: to - from + 1 }, (_, i) => from + i).map((p) => ({
            value: p,
            shown: String(p),
            label: p === from ? t(low) : p === to ? t(high) : undefined,
          }))}
          onChange={(answer) => void db.audits.update(auditId, { [field]: answer } as Pick<Audit, 'nps' | 'ces'>)}
        />
      ))}
    </section>
  );
}
