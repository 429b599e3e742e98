import { z } from 'zod';
import { epochMsSchema, idSchema } from './audit';
import { MAX_TEXT } from './limits';
import { evidenceSchema, MAX_RULE_ID, severitySchema } from './finding';
import { CX_DIMENSIONS } from './scorecard';

/** What an auditor's own finding is about: the CX dimension it costs the customer. */
export const FINDING_CATEGORIES = [...CX_DIMENSIONS, 'other'] as const;
export const findingCategorySchema = z.enum(FINDING_CATEGORIES);
export type FindingCategory = z.infer<typeof findingCategorySchema>;

/**
 * The auditor's word on a finding. A rule's finding is `proposed` until confirmed or dismissed; dismissed ones stay
 * (struck out) and do not count. The auditor's own findings are `confirmed` from the start.
 */
export const findingVerdictSchema = z.enum(['proposed', 'confirmed', 'dismissed']);
export type FindingVerdict = z.infer<typeof findingVerdictSchema>;

/** The element a finding points at, as the picker described it: never a value typed into it. */
export const elementDescriptionSchema = z.strictObject({
  selector: z.string().max(500),
  role: z.string().max(64).optional(),
  name: z.string().max(300).optional(),
});
export type ElementDescription = z.infer<typeof elementDescriptionSchema>;

/** A stored finding: a rule's proposal with the auditor's verdict, or a finding the auditor flagged by hand. */
export const findingRecordSchema = z.strictObject({
  id: idSchema,
  auditId: idSchema,
  /** Absent for findings about the journey as a whole (a long checkout, a late surcharge). */
  touchpointId: idSchema.optional(),
  source: z.enum(['rule', 'auditor']),
  /** The rule's id; `manual` for the auditor's own findings. */
  ruleId: z.string().min(1).max(MAX_RULE_ID),
  /**
   * What makes a rule's finding the same one when the rules run again (rule, touchpoint, element): a proposal
   * that comes back keeps its verdict. Empty for the auditor's own findings.
   */
  key: z.string().max(1_000),
  category: findingCategorySchema.optional(),
  severity: severitySchema,
  evidence: evidenceSchema,
  element: elementDescriptionSchema.optional(),
  note: z.string().max(MAX_TEXT),
  verdict: findingVerdictSchema,
  /** The screenshot taken with the finding, in the `screenshots` table. */
  screenshotId: idSchema.optional(),
  createdAt: epochMsSchema,
  decidedAt: epochMsSchema.optional(),
});
export type FindingRecord = z.infer<typeof findingRecordSchema>;

/** Findings that count towards scores and reports: confirmed ones (a proposal counts once the auditor agrees). */
export function countsTowardsScore(finding: FindingRecord): boolean {
  return finding.verdict === 'confirmed';
}
