import { z } from 'zod';
import { MAX_NAME, MAX_TEXT } from './limits';
import { stageSchema } from './stage';

/**
 * The customer-experience dimensions a criterion (and an auditor's finding) belongs to. One list: findings'
 * categories are these plus `other` (finding-record.ts).
 */
export const CX_DIMENSIONS = [
  'findability',
  'product-information',
  'effort',
  'speed',
  'trust',
  'service',
  'communication',
] as const;
export const cxDimensionSchema = z.enum(CX_DIMENSIONS);
export type CxDimension = z.infer<typeof cxDimensionSchema>;

export const MAX_CRITERIA = 100;
export const MAX_WEIGHT = 10;
const MAX_CRITERION_ID = 64;

/** A built-in template's texts come in every shipped language; a user's own template has one text. */
export const localizedTextSchema = z.union([
  z.string().max(MAX_TEXT),
  z.strictObject({ en: z.string().max(MAX_TEXT), de: z.string().max(MAX_TEXT) }),
]);
export type LocalizedText = z.infer<typeof localizedTextSchema>;
/** A text that must say something: a criterion's. */
const requiredTextSchema = z.union([
  z.string().trim().min(1).max(MAX_TEXT),
  z.strictObject({ en: z.string().min(1).max(MAX_TEXT), de: z.string().min(1).max(MAX_TEXT) }),
]);

/** The points of a rating scale: 1-5 (a Likert item) or 1-7 (as SEQ and CES). */
export const ratingScaleSchema = z.union([z.literal(5), z.literal(7)]);
export type RatingScale = z.infer<typeof ratingScaleSchema>;

export const criterionSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(MAX_CRITERION_ID)
    .regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens'),
  dimension: cxDimensionSchema,
  text: requiredTextSchema,
  /** What the auditor looks at, and what earns the top and the bottom of the scale. */
  guidance: localizedTextSchema,
  /** Relative weight within the template; 0 keeps the criterion on the card without counting it. */
  weight: z.number().min(0).max(MAX_WEIGHT),
  scale: ratingScaleSchema,
  /** The journey stages the criterion is rated on; absent: every stage (and touchpoints without a stage). */
  stages: z.array(stageSchema).min(1).optional(),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const templateSchema = z
  .strictObject({
    id: z.string().min(1).max(64),
    name: z.union([
      z.string().trim().min(1).max(MAX_NAME),
      z.strictObject({ en: z.string().min(1).max(MAX_NAME), de: z.string().min(1).max(MAX_NAME) }),
    ]),
    description: localizedTextSchema,
    /** The dimensions the template covers, in the order the card shows them. */
    dimensions: z.array(cxDimensionSchema).min(1).max(CX_DIMENSIONS.length),
    criteria: z.array(criterionSchema).min(1).max(MAX_CRITERIA),
    /** Counts up with every saved change, so an audit's ratings can be read against the card they were made on. */
    version: z.number().int().positive(),
  })
  .superRefine((template, ctx) => {
    const ids = new Set<string>();
    template.criteria.forEach((criterion, index) => {
      if (ids.has(criterion.id))
        ctx.addIssue({ code: 'custom', path: ['criteria', index, 'id'], message: `duplicate id ${criterion.id}` });
      ids.add(criterion.id);
      if (!template.dimensions.includes(criterion.dimension))
        ctx.addIssue({
          code: 'custom',
          path: ['criteria', index, 'dimension'],
          message: `${criterion.dimension} is not one of the template's dimensions`,
        });
    });
    if (new Set(template.dimensions).size !== template.dimensions.length)
      ctx.addIssue({ code: 'custom', path: ['dimensions'], message: 'a dimension is listed twice' });
  });
export type Template = z.infer<typeof templateSchema>;

/** "Not applicable": left out of the score, never counted as zero. */
export const NOT_APPLICABLE = 'na';

/** A touchpoint's rating on one criterion: a point of the criterion's scale, or not applicable. */
export const ratingValueSchema = z.union([z.number().int().min(1).max(7), z.literal(NOT_APPLICABLE)]);
export type RatingValue = z.infer<typeof ratingValueSchema>;

/** A touchpoint's ratings, by criterion id. */
export const ratingsSchema = z
  .record(z.string().min(1).max(MAX_CRITERION_ID), ratingValueSchema)
  .refine((ratings) => Object.keys(ratings).length <= MAX_CRITERIA, { message: `at most ${MAX_CRITERIA} ratings` });
export type Ratings = z.infer<typeof ratingsSchema>;

/** Net Promoter Score question (0-10) and Customer Effort Score (1-7), asked at the end of the journey. */
export const npsSchema = z.number().int().min(0).max(10);
export const cesSchema = z.number().int().min(1).max(7);
