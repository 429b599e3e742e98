import type { Criterion, Template } from '../model/scorecard';
import type { Stage } from '../model/stage';

/**
 * The criteria a touchpoint is rated on: those for its stage, and those for every stage. A touchpoint without a
 * stage gets only the latter, since what a stage-bound criterion asks may not be on it at all.
 */
export function criteriaForStage(template: Template, stage: Stage | undefined): Criterion[] {
  return template.criteria.filter((c) => !c.stages || (stage !== undefined && c.stages.includes(stage)));
}
