import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { database } from '@/utils/db/database';
import { findingsOf } from '@/utils/db/findings';
import { templateOfAudit } from '@/utils/db/templates';
import type { Audit } from '@/utils/model/audit';
import type { FindingRecord } from '@/utils/model/finding-record';
import type { RatingValue, Template } from '@/utils/model/scorecard';
import type { Touchpoint } from '@/utils/model/touchpoint';
import { scoreJourney, type JourneyScores } from '@/utils/scoring/journey-scores';
import { withRating } from '@/utils/scoring/with-rating';

export interface Scorecard {
  template: Template;
  scores: JourneyScores;
  touchpoints: readonly Touchpoint[];
  /** Sets (or, with `undefined`, clears) a touchpoint's rating on one criterion. */
  rate: (touchpointId: string, criterionId: string, value: RatingValue | undefined) => void;
}

const ScorecardContext = createContext<Scorecard | undefined>(undefined);

/** The audit's card and every score, for the scorecard parts mounted anywhere inside; absent outside a provider. */
export function useScorecard(): Scorecard | undefined {
  return useContext(ScorecardContext);
}

interface Props {
  audit: Audit;
  touchpoints: readonly Touchpoint[];
  children: ReactNode;
}

const NO_FINDINGS: FindingRecord[] = [];

/**
 * The container of an audit's scorecard: reads its template and findings, computes the scores once for the whole
 * journey (a stage's score needs all its touchpoints) and writes ratings like notes and stages are written.
 */
export function ScorecardProvider({ audit, touchpoints, children }: Props) {
  const db = database();
  const template = useLiveQuery(() => templateOfAudit(db, audit.templateId), [audit.templateId]);
  const findings = useLiveQuery(() => findingsOf(db, audit.id), [audit.id], NO_FINDINGS);
  const value = useMemo<Scorecard | undefined>(
    () =>
      template && {
        template,
        touchpoints,
        scores: scoreJourney(template, touchpoints, findings),
        rate: (touchpointId, criterionId, rating) =>
          void db.touchpoints.update(touchpointId, (tp) => {
            tp.ratings = withRating(tp.ratings, criterionId, rating);
          }),
      },
    [db, template, touchpoints, findings],
  );
  return <ScorecardContext.Provider value={value}>{children}</ScorecardContext.Provider>;
}
