import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '@/utils/db/database';
import type { Translate } from '@/utils/i18n/translate';
import { RatingScale } from './RatingScale';

const NPS_POINTS = Array.from({ length: 11 }, (_, i) => i);
const CES_POINTS = Array.from({ length: 7 }, (_, i) => i + 1);

/**
 * The questions at the end of a finished journey: the Net Promoter Score question (Reichheld, 2003; 0-10) and the
 * Customer Effort Score (CEB's CES 2.0, 2013; 1-7). Each answer is saved on the audit at once.
 */
export function EndOfJourney({ t, auditId }: { t: Translate; auditId: string }) {
  const db = database();
  const audit = useLiveQuery(() => db.audits.get(auditId), [auditId]);
  if (!audit || audit.status !== 'finished') return null;
  return (
    <section className="space-y-3" aria-labelledby={`eoj-${auditId}`} data-testid="end-of-journey">
      <h3 id={`eoj-${auditId}`} className="text-sm font-semibold">
        {t('endOfJourney.title')}
      </h3>
      <RatingScale
        legend={t('endOfJourney.nps')}
        value={audit.nps}
        ends={[t('endOfJourney.npsLow'), t('endOfJourney.npsHigh')]}
        points={NPS_POINTS.map((p) => ({
          value: p,
          shown: String(p),
          label: p === 0 ? t('endOfJourney.npsLow') : p === 10 ? t('endOfJourney.npsHigh') : undefined,
        }))}
        onChange={(nps) => void db.audits.update(auditId, { nps })}
      />
      <RatingScale
        legend={t('endOfJourney.ces')}
        value={audit.ces}
        ends={[t('endOfJourney.cesLow'), t('endOfJourney.cesHigh')]}
        points={CES_POINTS.map((p) => ({
          value: p,
          shown: String(p),
          label: p === 1 ? t('endOfJourney.cesLow') : p === 7 ? t('endOfJourney.cesHigh') : undefined,
        }))}
        onChange={(ces) => void db.audits.update(auditId, { ces })}
      />
    </section>
  );
}
