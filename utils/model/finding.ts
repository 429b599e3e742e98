import { z } from 'zod';
import type { Touchpoint } from './touchpoint';

export const MAX_RULE_ID = 64;
export const MAX_EVIDENCE_SELECTOR = 500;
export const MAX_EVIDENCE_TEXT = 300;
export const MAX_EVIDENCE_VALUES = 20;

/** Nielsen's severity ratings (1994): 0 none, 1 cosmetic, 2 minor, 3 major, 4 catastrophe. */
export const severitySchema = z.number().int().min(0).max(4);
export type Severity = 0 | 1 | 2 | 3 | 4;

export const evidenceSchema = z.strictObject({
  /** The element behind the finding, as the measurement named it. */
  selector: z.string().max(MAX_EVIDENCE_SELECTOR).optional(),
  /** Page text (a label, an error message): never a value the customer typed. */
  text: z.string().max(MAX_EVIDENCE_TEXT).optional(),
  /** The measured numbers behind the finding, by name. */
  values: z
    .record(z.string().max(MAX_RULE_ID), z.union([z.number(), z.string().max(MAX_EVIDENCE_TEXT), z.boolean()]))
    .refine((values) => Object.keys(values).length <= MAX_EVIDENCE_VALUES, {
      message: `at most ${MAX_EVIDENCE_VALUES} values`,
    }),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/**
 * A finding as a friction rule proposes it, before the auditor confirms or dismisses it and before it is stored
 * (ids, times and the auditor's decision belong to the stored record, not here).
 */
export const findingSchema = z.strictObject({
  ruleId: z.string().min(1).max(MAX_RULE_ID),
  severity: severitySchema,
  /** Absent for findings about the journey as a whole (a long checkout, a late surcharge). */
  touchpointId: z.string().min(1).max(64).optional(),
  evidence: evidenceSchema,
});
export type Finding = z.infer<typeof findingSchema>;
/** What a rule's `evaluate` returns: the same shape; the name says it is not yet confirmed. */
export type FindingProposal = Finding;

/** A text the user reads, in every language Shopwalk ships. */
export interface RuleText {
  en: string;
  de: string;
}

/** A rule's threshold: its default `value`, and the range the user may set it to in the settings. */
export interface RuleThreshold {
  value: number;
  unit: RuleText;
  min: number;
  max: number;
}

/** Where a rule's threshold or severity comes from, shown to the user with its year. */
export interface RuleSource {
  name: string;
  year: number;
  url?: string;
}

interface RuleBase {
  id: string;
  title: RuleText;
  explanation: RuleText;
  defaultSeverity: Severity;
  threshold?: RuleThreshold;
  source: RuleSource;
}

/**
 * A friction rule: a pure function over measurements. `threshold` is the effective value (the user's setting or
 * `threshold.value`); rules without a threshold ignore it.
 */
export interface TouchpointRule extends RuleBase {
  scope: 'touchpoint';
  evaluate(touchpoint: Touchpoint, threshold: number): FindingProposal[];
}

export interface JourneyRule extends RuleBase {
  scope: 'journey';
  evaluate(journey: readonly Touchpoint[], threshold: number): FindingProposal[];
}

export type Rule = TouchpointRule | JourneyRule;
